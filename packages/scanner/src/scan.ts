import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fingerprint, InterruptedError, SecretValue, UsageError, type Detection } from '@unleak/core';
import type { Baseline } from './baseline.js';
import type { ScanConfig } from './config.js';
import { createDetector } from './detect.js';
import type { DetectorKit } from './detector-kit.js';
import { FilterPipeline } from './filters/pipeline.js';
import type { Pending, Suppressed } from './filters/pending.js';
import { locate, type Located, type ScannedFragment } from './located.js';
import { DetectPool, scanFile, type FileScan } from './parallel/detect-pool.js';
import { defaultKit } from './default-kit.js';
import { toPosix } from './sources/gitignore.js';
import { diffFragments } from './sources/diff-range.js';
import { historyFragments, HistoryLog, type HistoryRange } from './sources/history.js';
import { settleHistory } from './sources/history-findings.js';
import { readFileFragments, type ReadOutcome } from './sources/read-file.js';
import type { SourceFragment } from './sources/source-fragment.js';
import { stagedFragments, stagedPaths } from './sources/staged.js';
import { walkFiles, type FileEntry, type SkippedPath } from './sources/walk.js';

export interface ScanProgress {
  files: number;
  bytes: number;
  findings: number;
}

export interface ScanOptions {
  /** Findings' `file` is relative to this directory. */
  root: string;
  /** Files or directories (relative to root or absolute), taken literally. Default: the whole root. */
  paths?: string[];
  /** Scan the git index instead of the working tree. */
  staged?: boolean;
  /**
   * Scan the lines added by each commit reachable from `branch` (default HEAD), after `since` if given.
   * Findings carry `commit`, `committedAt` and `inHead`; one per value and file (the oldest commit).
   */
  history?: HistoryRange;
  /** Scan only the lines a range adds: `BASE..HEAD`, or `BASE...HEAD` from the merge base (pull requests). */
  diff?: string;
  config?: ScanConfig;
  baseline?: Baseline;
  onProgress?: (p: ScanProgress) => void;
  signal?: AbortSignal;
}

export interface ScanResult {
  detections: Detection[];
  suppressed: Suppressed[];
  /** Paths the sources did not read, and why (binary, lockfile, vanished…), for `--verbose`. */
  skipped: SkippedPath[];
  /** `files` counts distinct paths (history reads a file once per commit that touched it); `commits`: history only. */
  stats: { files: number; bytes: number; ms: number; commits?: number };
}

/** Part names whose values are secrets and stay wrapped; the rest (host, port, username…) are clear. */
const SECRET_PARTS = /pass|secret|token|key|auth|cred/i;

/** The scan with an explicit detector kit (the public `scan` passes the real one). */
export async function scanWith(options: ScanOptions, kit: DetectorKit): Promise<ScanResult> {
  const started = performance.now();
  const root = resolve(options.root);
  await assertDirectory(root);
  const filters = new FilterPipeline({ isPlaceholder: kit.isPlaceholder, config: options.config, baseline: options.baseline });
  const skipped: SkippedPath[] = [];
  const kept: Pending[] = [];
  const dropped: Suppressed[] = [];
  const progress: ScanProgress = { files: 0, bytes: 0, findings: 0 };
  const onSkip = (s: SkippedPath) => void skipped.push(s);
  const historyLog = options.history ? new HistoryLog() : undefined;
  const historyFiles = historyLog ? new Set<string>() : undefined;

  for await (const scanned of scannedFragments(root, options, kit, onSkip, historyLog)) {
    if (options.signal?.aborted) throw new InterruptedError('scan interrupted; no report written');
    if (scanned.firstOfFile && !historyFiles?.has(scanned.file)) {
      historyFiles?.add(scanned.file);
      progress.files++;
    }
    progress.bytes += scanned.bytes;
    for (const found of scanned.found) {
      const pending = toPending(found, scanned);
      const verdict = filters.screen(pending, () => found.around);
      if (verdict) dropped.push(verdict);
      else kept.push(pending);
    }
    progress.findings = kept.length;
    options.onProgress?.({ ...progress });
  }

  if (options.paths?.length && !options.history && !options.diff && progress.files === 0) {
    const why = skipped.slice(0, 3).map((s) => `${s.relPath} (${s.reason})`);
    throw new UsageError(`read none of the given paths${why.length ? `: ${why.join(', ')}` : ''}; pass text files that exist`);
  }
  const finished = filters.finish(kept);
  const { detections, suppressed } = historyLog ? await settleHistory(root, finished, historyLog, options.signal) : finished;
  return {
    detections,
    suppressed: [...dropped, ...suppressed],
    skipped,
    stats: { files: progress.files, bytes: progress.bytes, ms: Math.round(performance.now() - started), ...(historyLog ? { commits: historyLog.commits } : {}) },
  };
}

/**
 * Detection over every source. A directory walk with the built-in rules spreads its files over worker
 * threads once it has seen enough of them to pay for starting the workers, and the main thread takes its
 * own share: it scans a file itself whenever every worker already has a full queue, instead of waiting.
 * History, the git index, large files and custom kits are scanned in-process. Results come out in walk
 * order.
 */
async function* scannedFragments(
  root: string,
  options: ScanOptions,
  kit: DetectorKit,
  onSkip: (s: SkippedPath) => void,
  historyLog?: HistoryLog,
): AsyncGenerator<ScannedFragment> {
  const detect = createDetector(kit);
  const inProcess = (source: SourceFragment) => locate(source, detect(source.fragment));
  const fromGit = await gitFragments(root, options, kit, onSkip, historyLog);
  if (fromGit) {
    for await (const source of fromGit) yield inProcess(source);
    return;
  }
  let pool: DetectPool | undefined;
  const queue: FileJob[] = [];
  try {
    let seen = 0;
    let turnedAt = performance.now();
    for await (const entry of walkFiles(root, options.paths, onSkip)) {
      if (++seen === POOL_AFTER_FILES && kit === defaultKit) pool = DetectPool.open();
      queue.push(pool && !pool.saturated ? pooledJob(pool, entry) : { entry, result: scanFile(detect, kit, entry) });
      while (queue[0]?.result) yield* settled(queue.shift()!, kit, onSkip, inProcess);
      if (!pool) continue;
      if (queue.length >= MAX_QUEUED_FILES) {
        pool.flush();
        while (queue.length > MAX_QUEUED_FILES / 2) yield* settled(queue.shift()!, kit, onSkip, inProcess);
      } else if (performance.now() - turnedAt >= TURN_MS) {
        // The walk and the main thread's own scans run on microtasks: let the workers' results in.
        pool.flush();
        await new Promise<void>((resolveTurn) => setImmediate(resolveTurn));
        turnedAt = performance.now();
      }
    }
    pool?.flush();
    while (queue.length > 0) yield* settled(queue.shift()!, kit, onSkip, inProcess);
  } finally {
    await pool?.close();
  }
}

function pooledJob(pool: DetectPool, entry: FileEntry): FileJob {
  const job: FileJob = { entry };
  job.pending = pool.scan(entry).then((result) => (job.result = result));
  return job;
}

/** The added lines of history or of a diff range, or the staged blobs; undefined when the working tree is to be walked. */
async function gitFragments(
  root: string,
  options: ScanOptions,
  kit: DetectorKit,
  onSkip: (s: SkippedPath) => void,
  historyLog?: HistoryLog,
): Promise<AsyncIterable<SourceFragment> | undefined> {
  const given = options.paths?.map((p) => toPosix(relative(root, resolve(root, p))));
  if ([options.history, options.diff, options.staged].filter(Boolean).length > 1) {
    throw new UsageError('--history, --diff and --staged each pick what to scan; use one of them');
  }
  if (options.history) return historyFragments(root, options.history, given, kit, historyLog ?? new HistoryLog(), options.signal);
  if (options.diff !== undefined) return diffFragments(root, options.diff, given, kit, options.signal);
  if (!options.staged) return undefined;
  const staged = await stagedPaths(root, options.signal);
  const wanted = given ? staged.filter((s) => given.some((g) => g === '' || s === g || s.startsWith(`${g}/`))) : staged;
  // pre-commit passes file names even under --all-files, when nothing is staged: then read the working
  // copies rather than report "clean" after looking at nothing.
  if (given?.length && wanted.length === 0) return undefined;
  return stagedFragments(root, wanted, kit, onSkip, options.signal);
}

/** Below this many files a scan finishes before workers would have started. */
const POOL_AFTER_FILES = 64;
/** Files scanned or in flight but not yet handed on: bounds the results held while a worker lags behind. */
const MAX_QUEUED_FILES = 1024;
/** How long the main thread scans before it lets worker messages in (ms). */
const TURN_MS = 4;

/** A file of the walk and its scan: done (in-process, or settled by the pool) or pending in the pool. */
interface FileJob {
  entry: FileEntry;
  result?: FileScan;
  pending?: Promise<FileScan>;
}

async function* settled(
  job: FileJob,
  kit: DetectorKit,
  onSkip: (s: SkippedPath) => void,
  inProcess: (source: SourceFragment) => ScannedFragment,
): AsyncGenerator<ScannedFragment> {
  const { entry } = job;
  const result = job.result ?? (await job.pending!);
  if (result.status === 'scanned') {
    yield result.scanned;
  } else if (result.status === 'skipped') {
    onSkip({ relPath: entry.relPath, reason: result.reason });
  } else {
    const outcome: { value?: ReadOutcome } = {};
    for await (const source of readFileFragments(entry.absPath, entry.relPath, kit, outcome)) yield inProcess(source);
    if (outcome.value?.status === 'skipped') onSkip({ relPath: entry.relPath, reason: outcome.value.reason });
  }
}

function toPending({ candidate: c, span }: Located, scanned: ScannedFragment): Pending {
  const parts = c.parts
    ? Object.fromEntries(Object.entries(c.parts).map(([k, v]) => [k, SECRET_PARTS.test(k) ? new SecretValue(v) : v]))
    : undefined;
  return {
    rule: c.ruleId,
    file: scanned.file,
    ...(scanned.commit ? { commit: scanned.commit } : {}),
    ...span,
    secret: new SecretValue(c.secret),
    fingerprint: fingerprint(c.ruleId, c.secret),
    kind: c.kind,
    sensitivity: c.sensitivity,
    store: c.store,
    context: c.context,
    ...(parts ? { parts } : {}),
  };
}

async function assertDirectory(root: string): Promise<void> {
  const s = await stat(root).catch(() => undefined);
  if (!s?.isDirectory()) throw new UsageError(`scan root '${root}' is not a directory; pass a directory that exists`);
}
