import { describe, expect, it } from 'vitest';
import { parsePatch } from '../src/sources/patch.js';
import type { SourceFragment } from '../src/sources/source-fragment.js';

const factory = { fileKindOf: () => 'text' as const };

async function parse(lines: string[]): Promise<SourceFragment[]> {
  const out: SourceFragment[] = [];
  for await (const f of parsePatch(lines, factory)) out.push(f);
  return out;
}

describe('parsePatch', () => {
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

describe('parsePatch on merges, renames and quoted paths', () => {
  it("keeps only the lines a merge's combined diff adds relative to every parent, with result line numbers", async () => {
    const renames: string[][] = [];
    const out: SourceFragment[] = [];
    const lines = [
      '\u0001commit mmm 2024-03-03T00:00:00Z',
      '',
      'diff --cc app.env',
      'index 1,2..3',
      '--- a/app.env',
      '+++ b/app.env',
      '@@@ -2,2 -2,1 +2,2 @@@',
      '- FROM_MAIN',
      ' -FROM_SIDE',
      '++RESOLVED',
      ' +TAKEN_FROM_MAIN_SIDE',
      '@@@ -9,0 -9,0 +10,1 @@@',
      '++EVIL',
      'diff --cc octopus.env',
      '--- a/octopus.env',
      '+++ b/octopus.env',
      '@@@@ -1,0 -1,0 -1,1 +1,2 @@@@',
      '+++ALL_THREE',
      '++ FROM_THIRD',
      '\u0001commit rrr 2024-03-01T00:00:00Z',
      'diff --git "a/old\\tname.env" "b/new \\"q\\" \\303\\274.env"',
      'similarity index 90%',
      'rename from "old\\tname.env"',
      'rename to "new \\"q\\" \\303\\274.env"',
      '--- "a/old\\tname.env"',
      '+++ "b/new \\"q\\" \\303\\274.env"',
      '@@ -3 +3 @@',
      '-A=1',
      '+A=2',
      '\\ No newline at end of file',
    ];
    for await (const f of parsePatch(lines, factory, { onRename: (from, to) => renames.push([from, to]) })) out.push(f);
    expect(out.map((f) => [f.fragment.commit, f.fragment.file, f.fragment.text, f.fragment.lineMap])).toEqual([
      ['mmm', 'app.env', 'RESOLVED\nEVIL', [2, 10]],
      ['mmm', 'octopus.env', 'ALL_THREE', [1]],
      ['rrr', 'new "q" ü.env', 'A=2', [3]],
    ]);
    expect(renames).toEqual([['old\tname.env', 'new "q" ü.env']]);
  });

  it('reads a plain diff (no commit lines) as fragments without a commit', async () => {
    const fragments = await parse(['diff --git a/x.env b/x.env', '--- a/x.env', '+++ b/x.env', '@@ -0,0 +5,2 @@', '+A=1', '+B=2']);
    expect(fragments.map((f) => [f.fragment.file, f.fragment.commit, f.fragment.committedAt, f.fragment.lineMap])).toEqual([['x.env', undefined, undefined, [5, 6]]]);
  });
});
