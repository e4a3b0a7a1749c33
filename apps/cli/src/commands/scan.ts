import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Policy } from '@unleak/classifier';
import { UsageError, type Detection } from '@unleak/core';
import {
  DEFAULT_BASELINE_FILE,
  readBaseline,
  RULE_TITLES,
  scan,
  type Baseline,
  type ScanConfig,
  type ScanOptions,
  type ScanResult,
} from '@unleak/scanner';
import { loadConfig } from '../config-file.js';
import { FORMATS, printable, statsLine, type ScanReport } from '../format/index.js';
import { formatStaged, stagedSummary } from '../format/staged.js';
import { progressLine } from '../format/progress.js';
import { EXIT, type Io } from '../io.js';
import { nothingScanned, scopeFromFlags, withProjects } from '../project-scope.js';
import { VERSION } from './version.js';

/** Kept for callers that import it from here; the one implementation lives in config-file.ts. */
export { loadConfig, type LoadedConfig } from '../config-file.js';

export const SCAN_USAGE = `usage: unleak scan [PATH…] [options]

Find hardcoded credentials. PATHs are taken literally (no glob expansion); default: the current directory.

  --staged            scan the git index (what the next commit will contain)
  --history           scan every commit's added lines (git log -p), merges' own changes included; one
                      finding per value and file, at the oldest commit, with its date and whether
                      the value is still in HEAD
  --since REV         with --history: only commits after REV
  --branch B          with --history: the commits reachable from B instead of HEAD
  --diff RANGE        scan only the lines RANGE adds: BASE..HEAD, or BASE...HEAD from the merge base
                      (what a pull request adds, e.g. --diff origin/main...HEAD)
  --projects A,B      in an Nx workspace: scan only these projects (names, globs, tag:T; !A excludes)
  --affected          in an Nx workspace: scan only the projects changed since --base, and their dependents
  --base REV          with --affected: compare from the merge base of REV (default: nx.json defaultBase, else main)
  --head REV          with --affected: compare up to REV (default: the working tree, uncommitted and untracked too)
  --format FORMAT     text (default), json, sarif or github (Actions annotations)
  --output FILE       write the report to FILE instead of stdout
  --baseline FILE     report only findings not in FILE (default: ${DEFAULT_BASELINE_FILE} if present)
  --config FILE       read FILE instead of $UNLEAK_CONFIG or the nearest unleak.yaml (scan root up to the git root)
  --no-color          no ANSI colour (also NO_COLOR=1)
  --verbose           say which config and baseline were loaded, what was skipped and why each
                      suppressed candidate was suppressed
  --exit-code N       exit N (0-255, not 2 or 130) when there are findings; default 1
  --exit-zero         same as --exit-code 0 (e.g. to upload SARIF)

Exit codes: 0 no findings, 1 findings (or --exit-code N), 2 usage or runtime error.
`;

/** Where to scan: one directory argument becomes the root (findings relative to it); else cwd + paths. */
export function scanTarget(positionals: string[], cwd: string): { root: string; paths?: string[] } {
  const first = positionals[0];
  if (positionals.length === 1 && first !== undefined) {
    const abs = resolve(cwd, first);
    if (existsSync(abs) && statSync(abs).isDirectory()) return { root: abs };
  }
  return positionals.length ? { root: cwd, paths: positionals } : { root: cwd };
}

async function loadBaseline(root: string, explicit: string | undefined, io: Io, verbose: boolean): Promise<Baseline | undefined> {
  const file = explicit !== undefined ? resolve(io.cwd, explicit) : join(root, DEFAULT_BASELINE_FILE);
  if (explicit === undefined && !existsSync(file)) return undefined;
  const baseline = await readBaseline(file);
  if (verbose) io.stderr(`unleak: using baseline ${file} (${baseline.entries.length} entries)\n`);
  return baseline;
}

/**
 * The classifier's decision replaces each detection's kind, sensitivity and store (the rule's first
 * guess), under the policy from unleak.yaml. Loaded lazily: a clean scan never pays for it.
 */
export async function decide(detections: Detection[], policy: Policy | undefined): Promise<Detection[]> {
  if (detections.length === 0) return detections;
  const { withClassification } = await import('@unleak/classifier');
  return withClassification(detections, policy ? { policy } : {});
}

/** Runs the scan with Ctrl-C wired to abort it (exit 130, no partial report). */
export async function runScan(options: ScanOptions): Promise<ScanResult> {
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  try {
    return await scan({ ...options, signal: controller.signal });
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
}

export function useColor(io: Io, noColorFlag: boolean | undefined): boolean {
  if (noColorFlag || (io.env.NO_COLOR ?? '') !== '' || io.env.TERM === 'dumb') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.isTTY;
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      staged: { type: 'boolean' },
      history: { type: 'boolean' },
      since: { type: 'string' },
      branch: { type: 'string' },
      diff: { type: 'string' },
      projects: { type: 'string' },
      affected: { type: 'boolean' },
      base: { type: 'string' },
      head: { type: 'string' },
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      baseline: { type: 'string' },
      config: { type: 'string' },
      'no-color': { type: 'boolean' },
      verbose: { type: 'boolean', short: 'v' },
      'exit-zero': { type: 'boolean' },
      'exit-code': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(SCAN_USAGE);
    return EXIT.ok;
  }
  const format = values.format ?? 'text';
  const formatter = FORMATS[format];
  if (!formatter) throw new UsageError(`--format '${format}' is not supported; use one of: ${Object.keys(FORMATS).join(', ')}`);
  if (values.since !== undefined && !values.history) throw new UsageError('--since needs --history (e.g. --history --since main)');
  if (values.staged && values.history) throw new UsageError('--staged and --history cannot be combined; pick one');
  if (values.branch !== undefined && !values.history) throw new UsageError('--branch needs --history (e.g. --history --branch release)');
  if (values.diff !== undefined && (values.staged || values.history)) {
    throw new UsageError(`--diff cannot be combined with --${values.staged ? 'staged' : 'history'}; --diff scans the lines a range adds, pick one`);
  }
  const verbose = values.verbose ?? false;
  const exitOnFindings = findingsExitCode(values['exit-code'], values['exit-zero']);

  const scope = await scopeFromFlags(values, positionals, io, verbose);
  const target = scope ? { root: scope.root, ...(scope.paths && !values.staged ? { paths: scope.paths } : {}) } : scanTarget(positionals, io.cwd);
  const { scan: config, policy } = await loadConfig(target.root, values.config, io, verbose);
  const baseline = await loadBaseline(target.root, values.baseline, io, verbose);
  const progress = io.isTTY && !verbose && format === 'text' && values.output === undefined ? progressLine(io) : undefined;
  const result = scope?.selected.length === 0 ? nothingScanned() : await runScan({
    ...target,
    ...(progress ? { onProgress: progress.update } : {}),
    ...(values.staged ? { staged: true } : {}),
    ...(values.history ? { history: { ...(values.since !== undefined ? { since: values.since } : {}), ...(values.branch !== undefined ? { branch: values.branch } : {}) } } : {}),
    ...(values.diff !== undefined ? { diff: values.diff } : {}),
    ...(config ? { config } : {}),
    ...(baseline ? { baseline } : {}),
  });
  progress?.done();
  const detections = await withProjects(await decide(result.detections, policy), target.root, scope);

  if (verbose) reportSuppressions(result, baseline, io);
  const report: ScanReport = {
    findings: detections,
    stats: result.stats,
    ruleTitles: RULE_TITLES,
    color: format === 'text' && values.output === undefined && useColor(io, values['no-color']),
    toolVersion: VERSION,
  };
  const staged = values.staged === true && format === 'text';
  const rendered = staged ? formatStaged(report) : formatter(report);
  if (values.output !== undefined) {
    const file = resolve(io.cwd, values.output);
    try {
      await writeFile(file, rendered, 'utf8');
    } catch {
      throw new UsageError(`cannot write the report to '${file}'; check that the directory exists and is writable`);
    }
  } else io.stdout(rendered);
  if (staged) io.stderr(stagedSummary(report, exitOnFindings !== EXIT.ok));
  else if (format !== 'text' || values.output !== undefined) {
    io.stderr(`unleak: ${detections.length} ${detections.length === 1 ? 'finding' : 'findings'} · ${statsLine(result.stats)}\n`);
  }
  return detections.length > 0 ? exitOnFindings : EXIT.ok;
}

/** The exit code for "findings": `--exit-code N`, `--exit-zero` (= 0) or 1; 2 and 130 keep their own meaning. */
export function findingsExitCode(flag: string | undefined, exitZero: boolean | undefined): number {
  if (flag === undefined) return exitZero ? EXIT.ok : EXIT.findings;
  if (exitZero && flag.trim() !== '0') throw new UsageError(`--exit-zero and --exit-code ${flag} disagree; pass one of them`);
  const n = /^\d{1,3}$/.test(flag.trim()) ? Number(flag.trim()) : NaN;
  if (!(n >= 0 && n <= 255)) throw new UsageError(`--exit-code '${flag}' is not an exit code; use a whole number from 0 to 255 (e.g. --exit-code 0 to upload SARIF)`);
  if (n === EXIT.error || n === EXIT.interrupted) {
    throw new UsageError(`--exit-code ${n} is reserved (${n === EXIT.error ? 'usage or runtime error' : 'interrupted'}); pick another code, e.g. 1 or 3`);
  }
  return n;
}

function reportSuppressions(result: ScanResult, baseline: Baseline | undefined, io: Io): void {
  for (const s of result.skipped) io.stderr(`unleak: skipped ${printable(s.relPath)}: ${s.reason}\n`);
  for (const s of result.suppressed) {
    const at = `${printable(s.file)}:${s.line}:${s.column}${s.commit ? `@${s.commit.slice(0, 8)}` : ''}`;
    io.stderr(`unleak: suppressed ${at} ${s.rule} ${s.redacted} by ${s.step}: ${s.reason}\n`);
  }
  const used = new Set(result.suppressed.filter((s) => s.step === 'baseline').map((s) => s.fingerprint));
  const unused = baseline?.entries.filter((e) => !used.has(e.fingerprint)) ?? [];
  for (const e of unused) io.stderr(`unleak: baseline entry ${e.fingerprint} (${e.rule} in ${printable(e.file)}) matched nothing; run 'unleak baseline prune' to drop it\n`);
}
