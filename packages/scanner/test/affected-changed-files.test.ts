import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '@unleak/core';
import { changedFiles } from '../src/index.js';
import { git, initRepo, tempDir, writeTree } from './helpers.js';

const dirs: Array<{ cleanup: () => void }> = [];
afterEach(() => dirs.splice(0).forEach((d) => d.cleanup()));

/**
 * main: a, b/one, c/keep, d/old name; branch feature (from main) changes b/one and renames d/old name; main
 * moves on afterwards (c/later).
 */
function branchedRepo(): string {
  const dir = tempDir('unleak-affected-');
  dirs.push(dir);
  const root = dir.path;
  initRepo(root);
  writeTree(root, { 'a.txt': 'a\n', 'b/one.ts': 'one\n', 'c/keep.ts': 'keep\n', 'd/old name.ts': 'old\n', '.gitignore': 'ignored/\n' });
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'base');
  git(root, 'checkout', '-qb', 'feature');
  writeTree(root, { 'b/one.ts': 'one changed\n' });
  git(root, 'mv', 'd/old name.ts', 'd/new name.ts');
  git(root, 'commit', '-qam', 'feature work');
  git(root, 'checkout', '-q', 'main');
  writeTree(root, { 'c/later.ts': 'later\n' });
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'main moves on');
  git(root, 'checkout', '-q', 'feature');
  return root;
}

describe('changedFiles (what nx affected compares)', () => {
  it('compares from the merge base, so commits made on the base branch since do not count', async () => {
    const root = branchedRepo();
    const { files, mergeBase } = await changedFiles(root, { base: 'main', head: 'HEAD' });
    expect(files).toEqual(['b/one.ts', 'd/new name.ts', 'd/old name.ts']);
    expect(mergeBase).toBe(git(root, 'rev-parse', 'main~1').trim());
  });

  it('without a head adds uncommitted and untracked files, not ignored ones', async () => {
    const root = branchedRepo();
    writeTree(root, { 'a.txt': 'edited\n', 'f/new.ts': 'new\n', 'ignored/x.ts': 'x\n' });
    expect((await changedFiles(root, { base: 'main' })).files).toEqual(['a.txt', 'b/one.ts', 'd/new name.ts', 'd/old name.ts', 'f/new.ts']);
    expect((await changedFiles(root, { base: 'main', head: 'HEAD' })).files).toEqual(['b/one.ts', 'd/new name.ts', 'd/old name.ts']);
  });

  it('lists deletions and gives paths relative to a workspace below the git root', async () => {
    const root = branchedRepo();
    rmSync(join(root, 'b', 'one.ts'));
    expect((await changedFiles(join(root, 'b'), { base: 'main' })).files).toEqual(['one.ts']);
  });

  it('says which revision is unknown, as a usage error', async () => {
    const root = branchedRepo();
    await expect(changedFiles(root, { base: 'no-such-branch' })).rejects.toThrow(UsageError);
    await expect(changedFiles(root, { base: 'no-such-branch' })).rejects.toThrow(/revision 'no-such-branch' given to --base/);
    await expect(changedFiles(root, { base: 'main', head: 'nope' })).rejects.toThrow(/'nope' given to --head/);
    await expect(changedFiles(root, { base: '--output=/tmp/x' })).rejects.toThrow(/is not a revision/);
  });

  it('outside a git repository says --affected needs one', async () => {
    const dir = tempDir('unleak-affected-nogit-');
    dirs.push(dir);
    await expect(changedFiles(dir.path, { base: 'main' })).rejects.toThrow(/not inside a git repository; --affected/);
  });
});
