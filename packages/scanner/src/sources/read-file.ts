import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { looksBinary } from '../skip-rules.js';
import { isTestPath } from '../test-path.js';
import type { FragmentFactory, SourceFragment } from './source-fragment.js';

/**
 * Files are read in windows so a 50 MB minified bundle costs a few MB of memory. Consecutive windows
 * overlap so a secret that straddles a boundary (a PEM block is a few KB) is whole in one of them;
 * dedupe drops the copy found twice.
 */
export const WINDOW_BYTES = 4 * 1024 * 1024;
export const WINDOW_OVERLAP_CHARS = 64 * 1024;

export type ReadOutcome = { status: 'read' } | { status: 'skipped'; reason: string };

/** A whole small file in memory, a note that it needs windowed reading, or why it was skipped. */
export type SmallRead = { status: 'read'; buffer: Buffer } | { status: 'large' } | { status: 'skipped'; reason: string };

/**
 * Reads a file of at most WINDOW_BYTES in one go (the common case); larger ones are left to the windowed
 * reader. Synchronous: the scan is bound by CPU, and a blocking read of a cached file costs a fraction of
 * the promise round trips of an asynchronous one.
 */
export function readSmallFileSync(absPath: string): SmallRead {
  let fd: number;
  try {
    fd = openSync(absPath, 'r');
  } catch (e) {
    return { status: 'skipped', reason: describeFsError(e) };
  }
  try {
    const { size } = fstatSync(fd);
    if (size > WINDOW_BYTES) return { status: 'large' };
    const buffer = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const bytesRead = readSync(fd, buffer, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { status: 'read', buffer: buffer.subarray(0, filled) };
  } catch (e) {
    return { status: 'skipped', reason: describeFsError(e) };
  } finally {
    closeSync(fd);
  }
}

export async function readSmallFile(absPath: string): Promise<SmallRead> {
  return readSmallFileSync(absPath);
}

const UTF8 = new TextDecoder('utf-8', { fatal: false });

/** The fragment of a file read whole, or undefined when its content is binary. */
export function wholeFileFragment(buffer: Buffer, relPath: string, factory: FragmentFactory): SourceFragment | undefined {
  if (looksBinary(buffer)) return undefined;
  const text = UTF8.decode(buffer);
  return {
    fragment: { file: relPath, text, fileKind: factory.fileKindOf(relPath, text.slice(0, 4096)), isTest: isTestPath(relPath) },
    firstLine: 1,
    firstColumn: 1,
    bytes: buffer.length,
    firstOfFile: true,
  };
}

/**
 * Streams `absPath` as fragments named `relPath`. Invalid UTF-8 decodes with replacement characters and
 * CRLF is kept as is (the detector treats `\r` as whitespace). A file that vanishes or cannot be read is
 * skipped with a reason, never an exception.
 */
export async function* readFileFragments(
  absPath: string,
  relPath: string,
  factory: FragmentFactory,
  outcome: { value?: ReadOutcome },
): AsyncGenerator<SourceFragment> {
  let handle;
  try {
    handle = await open(absPath, 'r');
  } catch (e) {
    outcome.value = { status: 'skipped', reason: describeFsError(e) };
    return;
  }
  try {
    const buffer = Buffer.allocUnsafe(WINDOW_BYTES);
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const isTest = isTestPath(relPath);
    let carry = '';
    let line = 1;
    let column = 1;
    let first = true;
    let fileKind: SourceFragment['fragment']['fileKind'] | undefined;
    for (;;) {
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, WINDOW_BYTES, null));
      } catch (e) {
        if (first) outcome.value = { status: 'skipped', reason: describeFsError(e) };
        return;
      }
      if (first && bytesRead > 0 && looksBinary(buffer.subarray(0, bytesRead))) {
        outcome.value = { status: 'skipped', reason: 'binary content' };
        return;
      }
      const done = bytesRead < WINDOW_BYTES;
      const fresh = decoder.decode(buffer.subarray(0, bytesRead), { stream: !done });
      if (!first && fresh.length === 0) break;
      const text = carry + fresh;
      fileKind ??= factory.fileKindOf(relPath, text.slice(0, 4096));
      yield {
        fragment: { file: relPath, text, fileKind, isTest },
        firstLine: line,
        firstColumn: column,
        bytes: bytesRead,
        firstOfFile: first,
      };
      outcome.value = { status: 'read' };
      first = false;
      if (done) break;
      const keep = Math.min(WINDOW_OVERLAP_CHARS, text.length);
      ({ line, column } = advance(text, text.length - keep, line, column));
      carry = text.slice(text.length - keep);
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Line and column after moving `count` characters into `text` from (line, column). */
function advance(text: string, count: number, line: number, column: number): { line: number; column: number } {
  let lastNewline = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < count; i = text.indexOf('\n', i + 1)) {
    line++;
    lastNewline = i;
  }
  return lastNewline === -1 ? { line, column: column + count } : { line, column: count - lastNewline };
}

function describeFsError(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  if (code === 'ENOENT') return 'disappeared before it could be read';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return `unreadable (${code || 'error'})`;
}
