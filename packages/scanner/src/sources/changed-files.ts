import { UsageError } from '@unleak/core';
import { assertGitRepository, commitOf, gitOutput } from './git.js';

export interface ChangedFilesRange {
  /** What to compare with; the comparison starts at the merge base of `base` and the head. */
  base: string;
  /** The other end; without it the working tree counts: HEAD plus uncommitted and untracked files. */
  head?: string;
  /** Where `base` came from, for the error when git does not know it (default: `given to --base`). */
  baseFrom?: string;
}

export interface ChangedFiles {
  /** The merge base the files were compared from (a commit id). */
  mergeBase: string;
  /** Changed, added, deleted, uncommitted and untracked paths, relative to `cwd`, forward slashes, sorted. */
  files: string[];
}

/**
 * Files changed since `base`, as `nx affected --base` computes them: from the merge base of base and head
 * (falling back to `--fork-point`, then to base itself) to head; without a head, to HEAD plus uncommitted
 * and untracked files (not ignored ones). Renames count as a deletion and an addition (`--no-renames`),
 * so both folders' projects are affected.
 */
export async function changedFiles(cwd: string, range: ChangedFilesRange, signal?: AbortSignal): Promise<ChangedFiles> {
  await assertRepository(cwd, signal);
  const base = await revision(cwd, range.base, '--base', range.baseFrom, signal);
  const head = range.head === undefined ? undefined : await revision(cwd, range.head, '--head', undefined, signal);
  const mergeBase = await mergeBaseOf(cwd, base, head ?? 'HEAD', signal);
  const lists = [await namesOf(cwd, ['diff', '--name-only', '--no-renames', '--relative', '-z', mergeBase, head ?? 'HEAD'], signal)];
  if (head === undefined) {
    lists.push(await namesOf(cwd, ['diff', '--name-only', '--no-renames', '--relative', '-z', 'HEAD', '--', '.'], signal));
    lists.push(await namesOf(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--', '.'], signal));
  }
  return { mergeBase, files: [...new Set(lists.flat())].sort() };
}

/** The commit `rev` names; an unknown revision is a usage error that says where it came from (`given to --head`). */
async function revision(cwd: string, rev: string, flag: string, from = `given to ${flag}`, signal?: AbortSignal): Promise<string> {
  const sha = await commitOf(cwd, rev, flag, signal);
  if (!sha) throw new UsageError(`git does not know the revision '${rev}' ${from}; pass a branch, tag or commit that exists (fetch it first in a shallow CI clone)`);
  return sha;
}

async function assertRepository(cwd: string, signal?: AbortSignal): Promise<void> {
  try {
    await assertGitRepository(cwd, signal);
  } catch (e) {
    if (e instanceof UsageError && /not inside a git repository/.test(e.message)) {
      throw new UsageError(`'${cwd}' is not inside a git repository; --affected compares git revisions, so it needs one`);
    }
    throw e;
  }
}

async function mergeBaseOf(cwd: string, base: string, head: string, signal?: AbortSignal): Promise<string> {
  for (const args of [['merge-base', base, head], ['merge-base', '--fork-point', base, head]]) {
    try {
      const found = (await gitOutput(cwd, args, signal)).toString('utf8').trim();
      if (found !== '') return found;
    } catch {
      // Unrelated histories or a shallow clone: try the next way, then compare with base itself.
    }
  }
  return base;
}

async function namesOf(cwd: string, args: string[], signal?: AbortSignal): Promise<string[]> {
  const out = (await gitOutput(cwd, args, signal)).toString('utf8');
  return out.split('\0').filter((name) => name !== '');
}
