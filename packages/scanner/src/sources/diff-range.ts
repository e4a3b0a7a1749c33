import { UsageError } from '@unleak/core';
import { assertGitRepository, commitOf, gitLines, gitOutputOrUndefined } from './git.js';
import { parsePatch } from './patch.js';
import type { FragmentFactory, SourceFragment } from './source-fragment.js';

/** `BASE..HEAD` (the two trees) or `BASE...HEAD` (from their merge base, what a pull request adds). */
export interface DiffRange {
  base: string;
  head: string;
  fromMergeBase: boolean;
}

/** Reads `--diff` text; a missing side is HEAD, as in git (`main...` = `main...HEAD`). */
export function parseDiffRange(text: string): DiffRange {
  const m = /^(.*?)(\.\.\.?)(.*)$/s.exec(text);
  if (!m || (m[1] === '' && m[3] === '')) {
    throw new UsageError(`--diff '${text}' is not a range; use BASE..HEAD, or BASE...HEAD for what a pull request adds (e.g. --diff origin/main...HEAD)`);
  }
  return { base: m[1] || 'HEAD', head: m[3] || 'HEAD', fromMergeBase: m[2] === '...' };
}

/** `git diff` arguments: added lines only, renames detected (a moved file is not new), HEAD-side line numbers. */
export function diffArgs(base: string, head: string, paths: string[] = []): string[] {
  return ['-c', 'core.quotePath=false', 'diff', '-U0', '--find-renames', '--no-color', '--no-ext-diff', '--no-textconv', '--relative', base, head, '--', ...paths];
}

/** The lines a range adds, one fragment per file, line numbers in the HEAD-side version. */
export async function* diffFragments(
  root: string,
  rangeText: string,
  paths: string[] | undefined,
  factory: FragmentFactory,
  signal?: AbortSignal,
): AsyncGenerator<SourceFragment> {
  await assertGitRepository(root, signal);
  const { base, head } = await resolveRange(root, parseDiffRange(rangeText), signal);
  yield* parsePatch(gitLines(root, diffArgs(base, head, paths), signal), factory);
}

async function resolveRange(root: string, range: DiffRange, signal?: AbortSignal): Promise<{ base: string; head: string }> {
  const [base, head] = await Promise.all([range.base, range.head].map((rev) => commitOf(root, rev, '--diff', signal)));
  for (const [rev, sha] of [[range.base, base], [range.head, head]] as const) {
    if (!sha) throw new UsageError(`--diff: '${rev}' is not a commit, branch or tag in this repository; in CI fetch it first (actions/checkout with fetch-depth: 0)`);
  }
  if (!range.fromMergeBase) return { base: base as string, head: head as string };
  const mergeBase = (await gitOutputOrUndefined(root, ['merge-base', base as string, head as string], signal))?.toString('utf8').trim();
  if (!mergeBase) {
    throw new UsageError(`--diff: '${range.base}' and '${range.head}' have no common ancestor here (a shallow clone?); fetch more history or use ${range.base}..${range.head}`);
  }
  return { base: mergeBase, head: head as string };
}
