import { UsageError } from '@unleak/core';
import { withBlobContext } from './blob-context.js';
import { assertGitRepository, commitOf, gitLines, gitOutputOrUndefined, literalPathspecs, pathsMarkedBinary } from './git.js';
import { withRenameSources } from './history.js';
import { parsePatch } from './patch.js';
import { WINDOW_BYTES } from './read-file.js';
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
export function diffArgs(base: string, head: string, paths: string[] = [], options: { text?: boolean } = {}): string[] {
  return ['-c', 'core.quotePath=false', 'diff', '-U0', ...(options.text ? ['--text'] : []), '--find-renames', '--no-color', '--no-ext-diff', '--no-textconv', '--relative', base, head, '--', ...literalPathspecs(paths)];
}

/**
 * The HEAD-side version of a changed file is scanned whole when it is at most this large (the size a walk
 * reads in one piece), so a value sees its key, list item or block on unchanged lines; larger ones are
 * scanned by their added lines.
 */
export const DIFF_CONTEXT_MAX_BYTES = WINDOW_BYTES;

/**
 * What a range adds, one fragment per changed file: its HEAD-side version reporting only the added lines
 * (sources/blob-context.ts), or the added lines alone when that version is large; HEAD-side line numbers.
 */
export async function* diffFragments(
  root: string,
  rangeText: string,
  paths: string[] | undefined,
  factory: FragmentFactory,
  signal?: AbortSignal,
): AsyncGenerator<SourceFragment> {
  await assertGitRepository(root, signal);
  const { base, head } = await resolveRange(root, parseDiffRange(rangeText), signal);
  const markedBinary = new Set<string>();
  const renames: { from: string; to: string }[] = [];
  const events = { onBinary: (file: string) => void markedBinary.add(file), onRename: (from: string, to: string) => void renames.push({ from, to }) };
  const context = { commitOf: () => head, wants: () => true, maxBytes: DIFF_CONTEXT_MAX_BYTES };
  yield* withBlobContext(root, parsePatch(gitLines(root, diffArgs(base, head, paths), signal), factory, events), context, factory, signal);
  // Text files that .gitattributes calls binary (`-diff`, `binary`): their added lines, diffed as text.
  const textPaths = withRenameSources(await pathsMarkedBinary(root, markedBinary, signal), renames);
  if (textPaths.length) yield* withBlobContext(root, parsePatch(gitLines(root, diffArgs(base, head, textPaths, { text: true }), signal), factory), context, factory, signal);
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
