import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '@unleak/core';
import { baselineOf, DEFAULT_BASELINE_FILE, readBaseline, writeBaseline, type Baseline, type BaselineEntry } from '@unleak/scanner';
import { loadConfig } from '../config-file.js';
import { EXIT, type Io } from '../io.js';
import { decide, runScan, scanTarget } from './scan.js';

export const BASELINE_USAGE = `usage: unleak baseline [PATH] [--output FILE] [--config FILE] [--verbose]
       unleak baseline prune [PATH] [--baseline FILE] [--config FILE] [--dry-run] [--verbose]

Record every current finding (fingerprint, rule, file, redacted form; never a value) so that 'unleak scan'
reports only new ones. Default output: ${DEFAULT_BASELINE_FILE} at the scanned root, which scan picks up.

'prune' scans PATH and removes the baseline entries that no longer match any finding (e.g. the secret was
removed or rotated), listing each by rule, file and redacted form. A directory named 'prune': use ./prune.

  --output FILE     where 'baseline' writes (default: PATH/${DEFAULT_BASELINE_FILE})
  --baseline FILE   the baseline 'prune' rewrites (default: PATH/${DEFAULT_BASELINE_FILE})
  --config FILE     read FILE instead of $UNLEAK_CONFIG or the nearest unleak.yaml (PATH up to the git root)
  --dry-run         with prune: list what would be removed; change nothing
  --verbose         say which config file was loaded
`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o' },
      baseline: { type: 'string' },
      config: { type: 'string' },
      'dry-run': { type: 'boolean', short: 'n' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(BASELINE_USAGE);
    return EXIT.ok;
  }
  const prune = positionals[0] === 'prune';
  const paths = prune ? positionals.slice(1) : positionals;
  const command = prune ? 'unleak baseline prune' : 'unleak baseline';
  if (paths.length > 1) throw new UsageError(`${command} takes one PATH, got ${paths.length}; run it from the repository root`);
  if (prune && values.output !== undefined) throw new UsageError('baseline prune rewrites the baseline in place; use --baseline FILE to name it, not --output');
  if (!prune && values.baseline !== undefined) throw new UsageError("--baseline names the file 'baseline prune' rewrites; to write a new baseline elsewhere use --output FILE");
  if (!prune && values['dry-run']) throw new UsageError("--dry-run goes with 'baseline prune'");

  const target = scanTarget(paths, io.cwd);
  const verbose = values.verbose ?? false;
  if (prune) {
    const file = resolve(io.cwd, values.baseline ?? join(target.root, DEFAULT_BASELINE_FILE));
    if (!existsSync(file)) throw new UsageError(`no baseline at '${file}' to prune; create one with 'unleak baseline' or name it with --baseline FILE`);
    const baseline = await readBaseline(file);
    const { scan: config } = await loadConfig(target.root, values.config, io, verbose);
    const result = await runScan({ ...target, ...(config ? { config } : {}) });
    const { kept, removed } = pruneBaseline(baseline, new Set(result.detections.map((d) => d.fingerprint)));
    const dryRun = values['dry-run'] ?? false;
    for (const e of removed) io.stdout(`${dryRun ? 'would remove' : 'removed'} ${e.rule} in ${e.file} ${e.redacted || '(no redacted form)'} (${e.fingerprint})\n`);
    if (removed.length > 0 && !dryRun) await write(file, kept);
    const verb = dryRun ? 'would remove' : 'removed';
    io.stderr(`unleak: ${verb} ${removed.length} stale ${plural(removed.length)} from ${file}; ${kept.entries.length} ${plural(kept.entries.length)} still ${kept.entries.length === 1 ? 'matches' : 'match'} (scanned ${result.stats.files} files)\n`);
    return EXIT.ok;
  }

  const { scan: config, policy } = await loadConfig(target.root, values.config, io, verbose);
  const result = await runScan({ ...target, ...(config ? { config } : {}) });
  const detections = await decide(result.detections, policy);
  const baseline = baselineOf(detections);
  const file = values.output !== undefined ? resolve(io.cwd, values.output) : join(target.root, DEFAULT_BASELINE_FILE);
  await write(file, baseline);
  io.stderr(`unleak: wrote ${baseline.entries.length} ${plural(baseline.entries.length)} to ${file} (scanned ${result.stats.files} files)\n`);
  return EXIT.ok;
}

/**
 * Splits a baseline into the entries some current finding still matches and the stale rest, both sorted by
 * file, rule and fingerprint. Matching is by fingerprint alone, as scan's baseline filter does, so pruning
 * never makes scan report a finding the baseline suppressed before.
 */
export function pruneBaseline(baseline: Baseline, currentFingerprints: ReadonlySet<string>): { kept: Baseline; removed: BaselineEntry[] } {
  const sorted = [...baseline.entries].sort(compareEntries);
  return {
    kept: { version: 1, entries: sorted.filter((e) => currentFingerprints.has(e.fingerprint)) },
    removed: sorted.filter((e) => !currentFingerprints.has(e.fingerprint)),
  };
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.fingerprint, b.fingerprint);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function plural(n: number): string {
  return n === 1 ? 'entry' : 'entries';
}

async function write(file: string, baseline: Baseline): Promise<void> {
  try {
    await writeBaseline(file, baseline);
  } catch {
    throw new UsageError(`cannot write the baseline to '${file}'; check that the directory exists and is writable`);
  }
}
