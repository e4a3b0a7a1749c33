import { spawn } from 'node:child_process';
import { UsageError } from '@unleak/core';
import { skipReasonForPath } from '../skip-rules.js';
import { assertGitRepository, gitOutput } from './git.js';
import { wholeFileFragment } from './read-file.js';
import type { SkippedPath } from './walk.js';
import type { FragmentFactory, SourceFragment } from './source-fragment.js';

/** Larger staged blobs are skipped: a commit hook must stay fast, and such blobs are data, not config. */
export const STAGED_MAX_BYTES = 10 * 1024 * 1024;

/** Staged paths (added, copied, modified, renamed) relative to `root`, as git reports them. */
export async function stagedPaths(root: string, signal?: AbortSignal): Promise<string[]> {
  await assertGitRepository(root, signal);
  const out = await gitOutput(root, ['-c', 'core.quotePath=false', 'diff', '--cached', '--name-only', '-z', '--relative', '--diff-filter=ACMR'], signal);
  return out.toString('utf8').split('\0').filter(Boolean);
}

/**
 * The index version of each path, read through one long-lived `git cat-file --batch` (not one process per
 * file), so a commit hook stays fast on many files.
 */
export async function* stagedFragments(
  root: string,
  paths: string[],
  factory: FragmentFactory,
  onSkip: (s: SkippedPath) => void,
  signal?: AbortSignal,
): AsyncGenerator<SourceFragment> {
  const wanted = paths.filter((p) => {
    const reason = skipReasonForPath(p) ?? (p.includes('\n') ? 'name contains a newline' : undefined);
    if (reason) onSkip({ relPath: p, reason });
    return !reason;
  });
  if (wanted.length === 0) return;
  for (const { path, blob } of await readBlobs(root, wanted, signal)) {
    if (blob === undefined) {
      onSkip({ relPath: path, reason: 'not in the index' });
      continue;
    }
    if (blob.length > STAGED_MAX_BYTES) {
      onSkip({ relPath: path, reason: `staged blob larger than ${STAGED_MAX_BYTES} bytes` });
      continue;
    }
    const whole = wholeFileFragment(blob, path, factory);
    if (whole) yield whole;
    else onSkip({ relPath: path, reason: 'binary content' });
  }
}

async function readBlobs(root: string, paths: string[], signal?: AbortSignal): Promise<{ path: string; blob?: Buffer }[]> {
  const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'], signal });
  const chunks: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => void (stderr += c.toString('utf8')));
  const closed = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  child.stdin.on('error', () => undefined);
  child.stdin.end(paths.map((p) => `:./${p}\n`).join(''));
  if ((await closed) !== 0) throw new UsageError(`git cat-file failed: ${stderr.trim().split('\n')[0] ?? 'unknown error'}`);
  return parseBatch(Buffer.concat(chunks), paths);
}

/** `git cat-file --batch` output: per object `<oid> <type> <size>\n<content>\n`, or `<name> missing\n`. */
export function parseBatch(out: Buffer, paths: string[]): { path: string; blob?: Buffer }[] {
  const result: { path: string; blob?: Buffer }[] = [];
  let offset = 0;
  for (const path of paths) {
    const eol = out.indexOf(10, offset);
    if (eol === -1) break;
    const header = out.subarray(offset, eol).toString('utf8');
    offset = eol + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) {
      result.push({ path });
      continue;
    }
    const size = Number(match[2]);
    result.push(match[1] === 'blob' ? { path, blob: out.subarray(offset, offset + size) } : { path });
    offset += size + 1;
  }
  return result;
}
