import { describe, expect, it } from 'vitest';
import { parseHistory } from '../src/sources/history.js';
import type { SourceFragment } from '../src/sources/source-fragment.js';

const factory = { fileKindOf: () => 'text' as const };

async function parse(lines: string[]): Promise<SourceFragment[]> {
  const out: SourceFragment[] = [];
  for await (const f of parseHistory(lines, factory)) out.push(f);
  return out;
}

describe('parseHistory', () => {
  it('splits per commit and file, keeps only added lines with their file line numbers', async () => {
    const fragments = await parse([
      '\u0001commit aaa 2024-01-02T03:04:05+00:00',
      '',
      'diff --git a/x.env b/x.env',
      'index 1..2 100644',
      '--- a/x.env',
      '+++ b/x.env',
      '@@ -1 +1,2 @@',
      '-OLD=1',
      '+NEW=1',
      '++++ looks like a header but is content',
      '@@ -9,0 +11 @@',
      '+LAST=1',
      'diff --git a/gone.txt b/gone.txt',
      'deleted file mode 100644',
      '--- a/gone.txt',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-bye',
      'diff --git a/yarn.lock b/yarn.lock',
      '--- a/yarn.lock',
      '+++ b/yarn.lock',
      '@@ -0,0 +1 @@',
      '+integrity sha512-abc',
      '\u0001commit bbb 2024-02-02T03:04:05+00:00',
      'diff --git a/y.txt b/y.txt',
      '--- /dev/null',
      '+++ b/y.txt',
      '@@ -0,0 +1 @@',
      '+hello',
      '\\ No newline at end of file',
    ]);
    expect(fragments.map((f) => [f.fragment.commit, f.fragment.file, f.fragment.text, f.fragment.lineMap, f.fragment.committedAt])).toEqual([
      ['aaa', 'x.env', 'NEW=1\n+++ looks like a header but is content\nLAST=1', [1, 2, 11], '2024-01-02T03:04:05+00:00'],
      ['bbb', 'y.txt', 'hello', [1], '2024-02-02T03:04:05+00:00'],
    ]);
  });
});
