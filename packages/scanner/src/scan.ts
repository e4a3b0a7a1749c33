import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fingerprint, InterruptedError, SecretValue, UsageError, type Detection } from '@unleak/core';
import type { Baseline } from './baseline.js';
import type { ScanConfig } from './config.js';
import { createDetector } from './detect.js';
import type { DetectorKit } from './detector-kit.js';
import { FilterPipeline } from './filters/pipeline.js';
import type { Pending, Suppressed } from './filters/pending.js';
import { LineIndex } from './location.js';
import { toPosix } from './sources/gitignore.js';
import { historyFragments } from './sources/history.js';
import { prefetch } from './sources/prefetch.js';
import { readFileFragments, readSmallFile, wholeFileFragment, type ReadOutcome } from './sources/read-file.js';
import type { SourceFragment } from './sources/source-fragment.js';
import { stagedFragments, stagedPaths } from './sources/staged.js';
import { walkFiles, type SkippedPath } from './sources/walk.js';
import type { Candidate } from './types.js';

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
  /** Scan the lines added by each commit (`--since REV`: only commits after REV). */
  history?: { since?: string };
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
  stats: { files: number; bytes: number; ms: number };
}

/** Files read ahead of detection, so disk waits overlap with CPU work (at most this many × 4 MB in memory). */
const READ_AHEAD = 16;

/** Part names whose values are secrets and stay wrapped; the rest (host, port, username…) are clear. */
const SECRET_PARTS = /pass|secret|token|key|auth|cred/i;

/** The scan with an explicit detector kit (the public `scan` passes the real one). */
export async function scanWith(options: ScanOptions, kit: DetectorKit): Promise<ScanResult> {
  const started = performance.now();
  const root = resolve(options.root);
  await assertDirectory(root);
  const detect = createDetector(kit);
  const filters = new FilterPipeline({ isPlaceholder: kit.isPlaceholder, config: options.config, baseline: options.baseline });
  const skipped: SkippedPath[] = [];
  const kept: Pending[] = [];
  const dropped: Suppressed[] = [];
  const progress: ScanProgress = { files: 0, bytes: 0, findings: 0 };
  const onSkip = (s: SkippedPath) => void skipped.push(s);

  for await (const source of fragmentsOf(root, options, kit, onSkip)) {
    if (options.signal?.aborted) throw new InterruptedError('scan interrupted; no report written');
    if (source.firstOfFile) progress.files++;
    progress.bytes += source.bytes;
    const candidates = detect(source.fragment);
    if (candidates.length) {
      const lines = new LineIndex(source);
      for (const c of candidates) {
        const pending = toPending(c, source, lines);
        const verdict = filters.screen(pending, () => lines.linesAround(c.start));
        if (verdict) dropped.push(verdict);
        else kept.push(pending);
      }
      progress.findings = kept.length;
    }
    options.onProgress?.({ ...progress });
  }

  if (options.paths?.length && !options.history && progress.files === 0) {
    const why = skipped.slice(0, 3).map((s) => `${s.relPath} (${s.reason})`);
    throw new UsageError(`read none of the given paths${why.length ? `: ${why.join(', ')}` : ''}; pass text files that exist`);
  }
  const { detections, suppressed } = filters.finish(kept);
  return {
    detections,
    suppressed: [...dropped, ...suppressed],
    skipped,
    stats: { files: progress.files, bytes: progress.bytes, ms: Math.round(performance.now() - started) },
  };
}

async function* fragmentsOf(root: string, options: ScanOptions, kit: DetectorKit, onSkip: (s: SkippedPath) => void): AsyncGenerator<SourceFragment> {
  if (options.history) {
    yield* historyFragments(root, options.history.since, options.paths?.map((p) => toPosix(relative(root, resolve(root, p)))), kit, options.signal);
    return;
  }
  if (options.staged) {
    const staged = await stagedPaths(root, options.signal);
    const given = options.paths?.map((p) => toPosix(relative(root, resolve(root, p))));
    const wanted = given ? staged.filter((s) => given.some((g) => g === '' || s === g || s.startsWith(`${g}/`))) : staged;
    // pre-commit passes file names even under --all-files, when nothing is staged: then read the working
    // copies rather than report "clean" after looking at nothing.
    if (!(given?.length && wanted.length === 0)) {
      yield* stagedFragments(root, wanted, kit, onSkip, options.signal);
      return;
    }
  }
  const reads = prefetch(walkFiles(root, options.paths, onSkip), async (entry) => ({ entry, read: await readSmallFile(entry.absPath) }), READ_AHEAD);
  for await (const { entry, read } of reads) {
    if (read.status === 'skipped') {
      onSkip({ relPath: entry.relPath, reason: read.reason });
    } else if (read.status === 'read') {
      const whole = wholeFileFragment(read.buffer, entry.relPath, kit);
      if (whole) yield whole;
      else onSkip({ relPath: entry.relPath, reason: 'binary content' });
    } else {
      const outcome: { value?: ReadOutcome } = {};
      yield* readFileFragments(entry.absPath, entry.relPath, kit, outcome);
      if (outcome.value?.status === 'skipped') onSkip({ relPath: entry.relPath, reason: outcome.value.reason });
    }
  }
}

function toPending(c: Candidate, source: SourceFragment, lines: LineIndex): Pending {
  const { fragment } = source;
  const parts = c.parts
    ? Object.fromEntries(Object.entries(c.parts).map(([k, v]) => [k, SECRET_PARTS.test(k) ? new SecretValue(v) : v]))
    : undefined;
  return {
    rule: c.ruleId,
    file: fragment.file,
    ...(fragment.commit ? { commit: fragment.commit } : {}),
    ...lines.span(c.start, c.end),
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
