import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanWith } from '../src/scan.js';
import { commitAll, initRepo, standInKit, tempDir, writeTree } from './helpers.js';

/** git's own failures become one-line errors that name the git command that failed, not its `-c` option. */
describe('git errors', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir('unleak-git-errors-');
    initRepo(dir.path);
    writeTree(dir.path, { 'a.txt': 'hello\n' });
    commitAll(dir.path, 'first');
  });
  afterEach(() => dir.cleanup());

  it.each([
    ['--history', { history: {} }, /^git log failed: .*outside repository/],
    ['--diff', { diff: 'HEAD..HEAD' }, /^git diff failed: .*outside repository/],
  ])('%s with a path outside the repository names the git subcommand', async (_flag, options, message) => {
    const error = await scanWith({ root: dir.path, paths: ['a.txt', '../elsewhere.txt'], ...options }, standInKit).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
