import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileFragments, readSmallFile, wholeFileFragment, WINDOW_BYTES, type ReadOutcome } from '../src/sources/read-file.js';
import type { SourceFragment } from '../src/sources/source-fragment.js';
import { tempDir } from './helpers.js';

const factory = { fileKindOf: () => 'text' as const };

async function read(path: string): Promise<{ fragments: SourceFragment[]; outcome?: ReadOutcome }> {
  const outcome: { value?: ReadOutcome } = {};
  const fragments: SourceFragment[] = [];
  for await (const f of readFileFragments(path, 'f.txt', factory, outcome)) fragments.push(f);
  return { fragments, outcome: outcome.value };
}

describe('readFileFragments', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.cleanup());

  it('reads a small file as one fragment starting at line 1 column 1', async () => {
    writeFileSync(join(dir.path, 'a'), 'one\r\ntwo\r\n');
    const { fragments } = await read(join(dir.path, 'a'));
    expect(fragments).toHaveLength(1);
    expect(fragments[0]).toMatchObject({ firstLine: 1, firstColumn: 1, bytes: 10, firstOfFile: true });
    expect(fragments[0]?.fragment.text).toBe('one\r\ntwo\r\n');
  });

  it('decodes invalid UTF-8 with replacement characters', async () => {
    writeFileSync(join(dir.path, 'b'), Buffer.from([0x61, 0xff, 0xfe, 0x62, 0x0a]));
    const { fragments } = await read(join(dir.path, 'b'));
    expect(fragments[0]?.fragment.text).toBe('a\uFFFD\uFFFDb\n');
  });

  it('skips binary content by NUL sniffing', async () => {
    writeFileSync(join(dir.path, 'c'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]));
    const { fragments, outcome } = await read(join(dir.path, 'c'));
    expect(fragments).toHaveLength(0);
    expect(outcome).toEqual({ status: 'skipped', reason: 'binary content' });
  });

  it('reports a file that vanished instead of throwing', async () => {
    const { outcome } = await read(join(dir.path, 'gone'));
    expect(outcome).toEqual({ status: 'skipped', reason: 'disappeared before it could be read' });
  });

  it('reads large files in overlapping windows that track line and column', async () => {
    const line = 'x'.repeat(99) + '\n';
    writeFileSync(join(dir.path, 'big'), line.repeat(Math.ceil((WINDOW_BYTES * 1.5) / 100)));
    const { fragments } = await read(join(dir.path, 'big'));
    expect(fragments).toHaveLength(2);
    const second = fragments[1]!;
    const firstLength = fragments[0]!.fragment.text.length;
    const overlap = firstLength - (second.fragment.text.length - second.bytes);
    // The second window starts `overlap` characters before the end of the first: check its position.
    const consumed = fragments[0]!.fragment.text.slice(0, overlap);
    const newlines = consumed.split('\n').length - 1;
    expect(second.firstLine).toBe(1 + newlines);
    expect(second.firstColumn).toBe(overlap - consumed.lastIndexOf('\n'));
    expect(fragments.reduce((n, f) => n + f.bytes, 0)).toBe(line.length * Math.ceil((WINDOW_BYTES * 1.5) / 100));
  });

  it('reads small files whole and leaves large ones to the windowed reader', async () => {
    writeFileSync(join(dir.path, 's'), 'K=1\n');
    writeFileSync(join(dir.path, 'l'), 'x'.repeat(WINDOW_BYTES + 1));
    const small = await readSmallFile(join(dir.path, 's'));
    expect(small.status === 'read' && small.buffer.toString()).toBe('K=1\n');
    expect(await readSmallFile(join(dir.path, 'l'))).toEqual({ status: 'large' });
    expect(await readSmallFile(join(dir.path, 'gone'))).toEqual({ status: 'skipped', reason: 'disappeared before it could be read' });
    expect(wholeFileFragment(Buffer.from([1, 0, 2]), 'b', factory)).toBeUndefined();
    expect(wholeFileFragment(Buffer.from('a\n'), 'test/x.env', factory)?.fragment).toMatchObject({ text: 'a\n', isTest: true });
  });
});
