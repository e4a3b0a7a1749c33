import { toPublicFinding } from '@unleak/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanWith, type ScanOptions } from '../src/scan.js';
import { parseDiffRange } from '../src/sources/diff-range.js';
import { commitAll, demoToken, git, initRepo, standInKit, tempDir, writeTree } from './helpers.js';

const scan = (options: ScanOptions) => scanWith(options, standInKit);


describe('parseDiffRange', () => {
  it('reads both range forms and defaults a missing side to HEAD, as git does', () => {
    expect(parseDiffRange('origin/main..HEAD')).toEqual({ base: 'origin/main', head: 'HEAD', fromMergeBase: false });
    expect(parseDiffRange('v1.2...feature/x')).toEqual({ base: 'v1.2', head: 'feature/x', fromMergeBase: true });
    expect(parseDiffRange('main...')).toEqual({ base: 'main', head: 'HEAD', fromMergeBase: true });
    expect(() => parseDiffRange('main')).toThrow(/is not a range; use BASE\.\.HEAD/);
    expect(() => parseDiffRange('..')).toThrow(/is not a range/);
  });
});

describe('--diff on a real repository', () => {
  let dir: ReturnType<typeof tempDir>;
  let tokens: Record<string, string>;
  beforeEach(() => {
    dir = tempDir('unleak-diff-');
    initRepo(dir.path);
    tokens = { old: demoToken('d-old'), dropped: demoToken('d-dropped'), pr: demoToken('d-pr'), moved: demoToken('d-moved'), onMain: demoToken('d-main') };
    // base: a.env holds a value main later drops; the branch adds one, moves a file, keeps the dropped value
    writeTree(dir.path, { 'a.env': `OLD=${tokens.old}\nDROP=${tokens.dropped}\n`, 'm.env': `M=${tokens.moved}\n` });
    commitAll(dir.path, 'base');
    git(dir.path, 'checkout', '-q', '-b', 'feature');
    writeTree(dir.path, { 'a.env': `OLD=${tokens.old}\nDROP=${tokens.dropped}\nX=1\nNEW=${tokens.pr}\n` });
    git(dir.path, 'mv', 'm.env', 'moved.env');
    commitAll(dir.path, 'feature work');
    git(dir.path, 'checkout', '-q', 'main');
    writeTree(dir.path, { 'a.env': `OLD=${tokens.old}\n`, 'main.env': `T=${tokens.onMain}\n` });
    commitAll(dir.path, 'main moves on');
  });
  afterEach(() => dir.cleanup());

  it('BASE...HEAD reports only what the branch adds since the merge base, with HEAD-side line numbers', async () => {
    const result = await scan({ root: dir.path, diff: 'main...feature' });
    expect(result.detections.map((d) => [d.file, d.line, d.commit, d.inHead])).toEqual([['a.env', 4, undefined, undefined]]);
    const printed = JSON.stringify(result.detections.map(toPublicFinding)) + JSON.stringify(result.suppressed);
    for (const value of Object.values(tokens)) expect(printed).not.toContain(value);
  });

  it('BASE..HEAD compares the two tips: what main dropped counts as added by the branch; a moved file does not', async () => {
    const result = await scan({ root: dir.path, diff: 'main..feature' });
    expect(result.detections.map((d) => [d.file, d.line])).toEqual([
      ['a.env', 2],
      ['a.env', 4],
    ]);
  });

  it('reports nothing for an empty range and limits to the given paths', async () => {
    expect((await scan({ root: dir.path, diff: 'feature..feature' })).detections).toEqual([]);
    expect((await scan({ root: dir.path, diff: 'main..feature', paths: ['main.env'] })).detections).toEqual([]);
  });

  it('fails with one line naming a bad revision', async () => {
    await expect(scan({ root: dir.path, diff: 'nope...HEAD' })).rejects.toThrow(/^--diff: 'nope' is not a commit, branch or tag in this repository/);
    await expect(scan({ root: dir.path, diff: 'main..nope' })).rejects.toThrow(/'nope' is not a commit/);
    await expect(scan({ root: dir.path, diff: '--output=x..HEAD' })).rejects.toThrow(/is not a revision/);
    await expect(scan({ root: dir.path, diff: 'main' })).rejects.toThrow(/is not a range/);
    const error = await scan({ root: dir.path, diff: 'nope..HEAD' }).catch((e: Error) => e);
    expect(String((error as Error).message)).not.toContain('\n');
  });

  it('says so when the two sides share no history', async () => {
    git(dir.path, 'checkout', '-q', '--orphan', 'lonely');
    writeTree(dir.path, { 'l.env': `L=${demoToken('lonely')}\n` });
    commitAll(dir.path, 'unrelated');
    await expect(scan({ root: dir.path, diff: 'main...lonely' })).rejects.toThrow(/no common ancestor/);
    expect((await scan({ root: dir.path, diff: 'main..lonely' })).detections.map((d) => d.file)).toEqual(['l.env']);
  });
});
