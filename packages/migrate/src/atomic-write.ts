import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export function contentHash(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Replaces `path` with `text` so that a crash leaves either the old or the new content, never a mix:
 * write a temp file beside it, fsync it, rename over the target, fsync the folder.
 */
export async function atomicWrite(path: string, text: string | Buffer, mode?: number): Promise<void> {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.unleak-${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'w', mode ?? 0o644);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  await syncDir(dir);
}

export async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // some file systems refuse fsync on a directory; the rename is still atomic there
  } finally {
    await handle.close();
  }
}
