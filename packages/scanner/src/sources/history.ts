import { UsageError } from '@unleak/core';
import { assertGitRepository, commitOf, gitLines } from './git.js';
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
export function historyArgs(revisions: string[], paths: string[] = []): string[] {
  return [
    '-c',
    'core.quotePath=false',
    'log',
    '-p',
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
    ...paths,
  ];
}

/** Streams `git log -p` as one fragment per commit and file holding the added lines, with their line numbers. */
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
  const events = { onCommit: (sha: string) => log.commit(sha), onRename: (from: string, to: string) => log.rename(from, to) };
  yield* parsePatch(gitLines(root, historyArgs(revisions.args, paths), signal), factory, events);
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
