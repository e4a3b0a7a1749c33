import { UsageError, type FileKind } from '@unleak/core';
import { withBlobContext } from './blob-context.js';
import { assertGitRepository, commitOf, gitLines, literalPathspecs, pathsMarkedBinary } from './git.js';
import { parsePatch } from './patch.js';
import type { FragmentFactory, SourceFragment } from './source-fragment.js';

/** `--history [--since REV] [--branch B]`: the commits reachable from B (default HEAD) and not from REV. */
export interface HistoryRange {
  since?: string;
  branch?: string;
}

/**
 * What a history scan learns while streaming `git log`, for the step that settles its findings
 * (sources/history-findings.ts): the tip it walked from, the commits in output order (newest first,
 * parents after children) and the renames git detected.
 */
export class HistoryLog {
  /** The commit the log started from (B's tip or HEAD); undefined for a repository without commits. */
  tip: string | undefined;
  private readonly order = new Map<string, number>();
  readonly renames: { ordinal: number; from: string; to: string }[] = [];

  commit(sha: string): void {
    if (!this.order.has(sha)) this.order.set(sha, this.order.size);
  }

  rename(from: string, to: string): void {
    this.renames.push({ ordinal: this.order.size - 1, from, to });
  }

  /** Larger is older: `--topo-order` prints a commit after all of its descendants. */
  ordinal(sha: string | undefined): number {
    return sha === undefined ? -1 : (this.order.get(sha) ?? -1);
  }

  /** How many commits the log read. */
  get commits(): number {
    return this.order.size;
  }
}

/**
 * The git arguments: added lines only (-U0); renames detected, so a moved file is not reported again;
 * binary files and textconv/external diff drivers never produce hunks.
 *
 * Merges use `--cc` (`--diff-merges=dense-combined`): a merge then shows only the lines that differ from
 * every parent, i.e. conflict resolutions and "evil" edits, and the parser keeps the lines added relative to
 * all parents. `first-parent` would replay the whole merged branch (every secret of it reported twice);
 * `remerge` shows the same new lines but re-runs each merge (slower, git ≥ 2.36, no octopus merges). The
 * merged branch's own commits are reached by the normal walk and scanned once each.
 */
export function historyArgs(revisions: string[], paths: string[] = [], options: { text?: boolean } = {}): string[] {
  return [
    '-c',
    'core.quotePath=false',
    'log',
    '-p',
    ...(options.text ? ['--text'] : []),
    '-U0',
    '--cc',
    '--find-renames',
    '--topo-order',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--relative',
    '--format=%x01commit %H %aI',
    ...revisions,
    '--',
    ...literalPathspecs(paths),
  ];
}

/**
 * Kinds whose findings depend on lines a commit may leave alone (parent keys, a list item's name, the
 * enclosing object, section or block): their version at the commit is read whole. Code and plain text keep
 * the added lines, as most commits touch them and their findings sit on one line.
 */
const CONTEXT_KINDS: ReadonlySet<FileKind> = new Set<FileKind>([
  'yaml', 'json', 'toml', 'xml', 'properties', 'ini', 'dotenv', 'terraform', 'cloudformation', 'kubernetes',
  'docker-compose', 'ansible', 'github-actions', 'gitlab-ci', 'npmrc', 'pypirc', 'netrc', 'docker-config',
]);

/** Versions read whole for context are at most this large; larger ones keep the added lines. */
export const HISTORY_CONTEXT_MAX_BYTES = 256 * 1024;

/**
 * Streams `git log -p` as one fragment per commit and file: the added lines with their line numbers, or,
 * for CONTEXT_KINDS, the file's version at that commit reporting only those lines (blob-context.ts).
 */
export async function* historyFragments(
  root: string,
  range: HistoryRange,
  paths: string[] | undefined,
  factory: FragmentFactory,
  log: HistoryLog,
  signal?: AbortSignal,
): AsyncGenerator<SourceFragment> {
  await assertGitRepository(root, signal);
  const revisions = await historyRevisions(root, range, signal);
  if (!revisions) return;
  log.tip = revisions.tip;
  const markedBinary = new Set<string>();
  const events = {
    onCommit: (sha: string) => log.commit(sha),
    onRename: (from: string, to: string) => log.rename(from, to),
    onBinary: (file: string) => void markedBinary.add(file),
  };
  const context = { commitOf: (s: SourceFragment) => s.fragment.commit, wants: (s: SourceFragment) => CONTEXT_KINDS.has(s.fragment.fileKind), maxBytes: HISTORY_CONTEXT_MAX_BYTES };
  yield* withBlobContext(root, parsePatch(gitLines(root, historyArgs(revisions.args, paths), signal), factory, events), context, factory, signal);
  // Text files that .gitattributes calls binary: their history again, as text (commits are already known).
  const textPaths = withRenameSources(await pathsMarkedBinary(root, markedBinary, signal), log.renames);
  if (textPaths.length) yield* withBlobContext(root, parsePatch(gitLines(root, historyArgs(revisions.args, textPaths, { text: true }), signal), factory), context, factory, signal);
}

/** The paths plus every name they had before a rename, so a path-limited log still sees the renames. */
export function withRenameSources(paths: string[], renames: readonly { from: string; to: string }[]): string[] {
  const all = new Set(paths);
  for (let grew = paths.length > 0; grew; ) {
    grew = false;
    for (const r of renames) if (all.has(r.to) && !all.has(r.from)) grew = Boolean(all.add(r.from));
  }
  return [...all];
}

/** The tip and the revision arguments for git log; undefined for a repository without commits (nothing to scan). */
async function historyRevisions(root: string, range: HistoryRange, signal?: AbortSignal): Promise<{ tip: string; args: string[] } | undefined> {
  const tip = await commitOf(root, range.branch ?? 'HEAD', '--branch', signal);
  if (!tip) {
    if (range.branch === undefined) return undefined;
    throw new UsageError(`--branch '${range.branch}' is not a branch, tag or commit in this repository; check 'git branch -a' (in CI, fetch it first)`);
  }
  if (range.since === undefined) return { tip, args: [tip] };
  const since = await commitOf(root, range.since, '--since', signal);
  if (!since) throw new UsageError(`--since '${range.since}' is not a commit, branch or tag in this repository; check --since (in CI, fetch it first)`);
  return { tip, args: [`${since}..${tip}`] };
}
