import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { UsageError, type Detection } from '@unleak/core';
import { baselineOf, DEFAULT_BASELINE_FILE, formatBaseline, readBaseline, writeBaseline, type Baseline, type BaselineEntry } from '@unleak/scanner';
import { loadConfig } from '../config-file.js';
import { printable } from '../format/index.js';
import { EXIT, type Io } from '../io.js';
import { decide, runScan, scanTarget } from './scan.js';

export const BASELINE_USAGE = `usage: unleak baseline [PATH] [--output FILE] [--config FILE] [--verbose]
       unleak baseline add FINGERPRINT… [--reason TEXT] [--baseline FILE] [--config FILE]
       unleak baseline prune [PATH] [--baseline FILE] [--config FILE] [--dry-run] [--verbose]

Record every current finding (fingerprint, rule, file, redacted form; never a value) so that 'unleak scan'
reports only new ones. Default output: ${DEFAULT_BASELINE_FILE} at the scanned root, which scan picks up.

'prune' scans PATH and removes the baseline entries that no longer match any finding (e.g. the secret was
removed or rotated), listing each by rule, file and redacted form. A directory named 'prune': use ./prune.

'add' accepts the findings with these fingerprints (as 'unleak scan' prints them, e.g. v1:3f9c…): it looks
each one up in the staged files, then in the working tree, to record its rule, file and redacted form, in the
${DEFAULT_BASELINE_FILE} at the top of the git repository (where the commit hook scans from), or in the
current directory's when it has one. Adding an entry that is already there changes nothing (a new --reason replaces the
old one); the file stays sorted, so it only changes when a decision does.

  --output FILE     where 'baseline' writes (default: PATH/${DEFAULT_BASELINE_FILE})
  --baseline FILE   the baseline 'add' and 'prune' rewrite (default: PATH/${DEFAULT_BASELINE_FILE})
  --reason TEXT     with add: why the finding is accepted (kept in the entry)
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
      reason: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(BASELINE_USAGE);
    return EXIT.ok;
  }
  if (positionals[0] === 'add') return add(positionals.slice(1), values, io);
  if (values.reason !== undefined) throw new UsageError("--reason goes with 'baseline add'");
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
    for (const e of removed) io.stdout(`${dryRun ? 'would remove' : 'removed'} ${e.rule} in ${printable(e.file)} ${e.redacted || '(no redacted form)'} (${e.fingerprint})\n`);
    if (removed.length > 0 && !dryRun) await write(file, kept);
    const verb = dryRun ? 'would remove' : 'removed';
    io.stderr(`unleak: ${verb} ${removed.length} stale ${plural(removed.length)} from ${file}; ${kept.entries.length} ${plural(kept.entries.length)} still ${kept.entries.length === 1 ? 'matches' : 'match'} (scanned ${result.stats.files} files)\n`);
    return EXIT.ok;
  }

  const { scan: config, policy } = await loadConfig(target.root, values.config, io, verbose);
  const result = await runScan({ ...target, ...(config ? { config } : {}) });
  const detections = await decide(result.detections, policy);
  const file = values.output !== undefined ? resolve(io.cwd, values.output) : join(target.root, DEFAULT_BASELINE_FILE);
  const baseline = withReasonsFrom(baselineOf(detections), await readIfPresent(file).catch(() => undefined));
  await write(file, baseline);
  io.stderr(`unleak: wrote ${baseline.entries.length} ${plural(baseline.entries.length)} to ${file} (scanned ${result.stats.files} files)\n`);
  return EXIT.ok;
}

const FINGERPRINT = /^v1:[0-9a-f]{20}$/;

/** `baseline add`: the fingerprint alone is not enough for an entry, so each is looked up by scanning. */
async function add(fingerprints: string[], values: { baseline?: string; config?: string; reason?: string; output?: string; 'dry-run'?: boolean; verbose?: boolean }, io: Io): Promise<number> {
  if (fingerprints.length === 0) throw new UsageError("baseline add needs at least one fingerprint, e.g. 'unleak baseline add v1:3f9c0a…' as printed by 'unleak scan'");
  const malformed = fingerprints.filter((f) => !FINGERPRINT.test(f));
  if (malformed.length) throw new UsageError(`'${malformed[0]}' is not a fingerprint; copy one from 'unleak scan' output (v1: followed by 20 hex digits)`);
  if (values.output !== undefined) throw new UsageError('baseline add updates the baseline in place; use --baseline FILE to name it, not --output');
  if (values['dry-run']) throw new UsageError("--dry-run goes with 'baseline prune'");

  const root = values.baseline === undefined ? await baselineRoot(io.cwd) : io.cwd;
  const file = resolve(io.cwd, values.baseline ?? join(root, DEFAULT_BASELINE_FILE));
  const current = (await readIfPresent(file)) ?? { version: 1 as const, entries: [] };
  const wanted = new Set(fingerprints);
  const known = new Set(current.entries.map((e) => e.fingerprint));
  const found = await lookUp(
    [...wanted].filter((f) => !known.has(f)),
    root,
    values.config,
    io,
    values.verbose ?? false,
  );
  const reason = values.reason?.trim() || undefined;
  const byKey = new Map(current.entries.map((e) => [entryKey(e), e] as const));
  const added: BaselineEntry[] = [];
  for (const d of found) {
    const key = entryKey(d);
    if (byKey.has(key)) continue;
    const entry: BaselineEntry = { fingerprint: d.fingerprint, rule: d.rule, file: d.file, redacted: d.redacted, ...(reason ? { reason } : {}) };
    byKey.set(key, entry);
    added.push(entry);
  }
  if (reason) for (const [key, e] of byKey) if (wanted.has(e.fingerprint) && e.reason !== reason) byKey.set(key, { ...e, reason });
  const next: Baseline = { version: 1, entries: [...byKey.values()].sort(compareEntries) };
  const changed = formatBaseline(next) !== formatBaseline({ version: 1, entries: [...current.entries].sort(compareEntries) }) || !existsSync(file);
  if (changed) await write(file, next);
  for (const e of added) io.stdout(`added ${e.rule} in ${printable(e.file)} ${e.redacted} (${e.fingerprint})\n`);
  const already = fingerprints.filter((f) => known.has(f));
  io.stderr(
    `unleak: ${added.length} ${plural(added.length)} added to ${file}${already.length ? `; ${already.length} already there` : ''}${changed ? '; commit it with your change' : ' (unchanged)'}\n`,
  );
  return EXIT.ok;
}

/**
 * The findings with these fingerprints: staged content first (what a commit hook reported), then the working
 * tree for the rest. Scanned without a baseline, so entries already recorded still match. Unknown
 * fingerprints are an error and nothing is written.
 */
async function lookUp(fingerprints: string[], root: string, configFile: string | undefined, io: Io, verbose: boolean): Promise<Detection[]> {
  if (fingerprints.length === 0) return [];
  const { scan: config } = await loadConfig(root, configFile, io, verbose);
  const base = { root, ...(config ? { config } : {}) };
  const missing = new Set(fingerprints);
  const found: Detection[] = [];
  const take = (detections: Detection[]) => {
    for (const d of detections) if (missing.has(d.fingerprint)) found.push(d);
    for (const d of found) missing.delete(d.fingerprint);
  };
  const staged = await runScan({ ...base, staged: true }).catch(() => undefined);
  if (staged) take(staged.detections);
  if (missing.size > 0) take((await runScan(base)).detections);
  if (missing.size > 0) {
    const list = [...missing];
    throw new UsageError(
      `${list.length === 1 ? `fingerprint ${list[0]} matches` : `fingerprints ${list.join(', ')} match`} no finding in the staged files or under ${root}; run 'unleak baseline add' from the directory 'unleak scan' ran in, with fingerprints it printed`,
    );
  }
  return found;
}

/**
 * Where 'baseline add' records and looks up findings without --baseline: the current directory when it has a
 * baseline of its own, else the top of its git working tree, where the commit hook and CI scan from (so a
 * fingerprint copied from a blocked commit works from any subdirectory); outside git, the current directory.
 */
async function baselineRoot(cwd: string): Promise<string> {
  if (existsSync(join(cwd, DEFAULT_BASELINE_FILE))) return cwd;
  const top = await promisify(execFile)('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' }).then(
    (r) => r.stdout.trim(),
    () => '',
  );
  return top || cwd;
}

async function readIfPresent(file: string): Promise<Baseline | undefined> {
  return existsSync(file) ? readBaseline(file) : undefined;
}

/** A regenerated baseline keeps the reasons recorded with `baseline add` for the entries it still has. */
function withReasonsFrom(fresh: Baseline, previous: Baseline | undefined): Baseline {
  const reasonOf = new Map(previous?.entries.map((e) => [entryKey(e), e.reason]) ?? []);
  return {
    version: 1,
    entries: fresh.entries.map((e) => {
      const reason = reasonOf.get(entryKey(e));
      return reason ? { ...e, reason } : e;
    }),
  };
}

function entryKey(e: Pick<BaselineEntry, 'fingerprint' | 'file'>): string {
  return `${e.fingerprint}\0${e.file}`;
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
