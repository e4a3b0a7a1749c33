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
import { FORMATS, statsLine, type ScanReport } from '../format/index.js';
import { progressLine } from '../format/progress.js';
import { EXIT, type Io } from '../io.js';
import { VERSION } from './version.js';

/** Kept for callers that import it from here; the one implementation lives in config-file.ts. */
export { loadConfig, type LoadedConfig } from '../config-file.js';

export const SCAN_USAGE = `usage: unleak scan [PATH…] [options]

Find hardcoded credentials. PATHs are taken literally (no glob expansion); default: the current directory.

  --staged            scan the git index (what the next commit will contain)
  --history           scan every commit's added lines (git log -p)
  --since REV         with --history: only commits after REV
  --format FORMAT     text (default), json, sarif or github (Actions annotations)
  --output FILE       write the report to FILE instead of stdout
  --baseline FILE     report only findings not in FILE (default: ${DEFAULT_BASELINE_FILE} if present)
  --config FILE       read FILE instead of $UNLEAK_CONFIG or the nearest unleak.yaml (scan root up to the git root)
  --no-color          no ANSI colour (also NO_COLOR=1)
  --verbose           say which config and baseline were loaded, what was skipped and why each
                      suppressed candidate was suppressed
  --exit-zero         exit 0 even when there are findings (e.g. to upload SARIF)

Exit codes: 0 no findings, 1 findings, 2 usage or runtime error.
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
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      baseline: { type: 'string' },
      config: { type: 'string' },
      'no-color': { type: 'boolean' },
      verbose: { type: 'boolean', short: 'v' },
      'exit-zero': { type: 'boolean' },
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
  const verbose = values.verbose ?? false;

  const target = scanTarget(positionals, io.cwd);
  const { scan: config, policy } = await loadConfig(target.root, values.config, io, verbose);
  const baseline = await loadBaseline(target.root, values.baseline, io, verbose);
  const progress = io.isTTY && !verbose && format === 'text' && values.output === undefined ? progressLine(io) : undefined;
  const result = await runScan({
    ...target,
    ...(progress ? { onProgress: progress.update } : {}),
    ...(values.staged ? { staged: true } : {}),
    ...(values.history ? { history: values.since !== undefined ? { since: values.since } : {} } : {}),
    ...(config ? { config } : {}),
    ...(baseline ? { baseline } : {}),
  });
  progress?.done();
  const detections = await decide(result.detections, policy);

  if (verbose) reportSuppressions(result, baseline, io);
  const report: ScanReport = {
    findings: detections,
    stats: result.stats,
    ruleTitles: RULE_TITLES,
    color: format === 'text' && values.output === undefined && useColor(io, values['no-color']),
    toolVersion: VERSION,
  };
  const rendered = formatter(report);
  if (values.output !== undefined) {
    const file = resolve(io.cwd, values.output);
    try {
      await writeFile(file, rendered, 'utf8');
    } catch {
      throw new UsageError(`cannot write the report to '${file}'; check that the directory exists and is writable`);
    }
  } else io.stdout(rendered);
  if (format !== 'text' || values.output !== undefined) {
    io.stderr(`unleak: ${detections.length} ${detections.length === 1 ? 'finding' : 'findings'} · ${statsLine(result.stats)}\n`);
  }
  return detections.length > 0 && !values['exit-zero'] ? EXIT.findings : EXIT.ok;
}

function reportSuppressions(result: ScanResult, baseline: Baseline | undefined, io: Io): void {
  for (const s of result.skipped) io.stderr(`unleak: skipped ${s.relPath}: ${s.reason}\n`);
  for (const s of result.suppressed) {
    const at = `${s.file}:${s.line}:${s.column}${s.commit ? `@${s.commit.slice(0, 8)}` : ''}`;
    io.stderr(`unleak: suppressed ${at} ${s.rule} ${s.redacted} by ${s.step}: ${s.reason}\n`);
  }
  const used = new Set(result.suppressed.filter((s) => s.step === 'baseline').map((s) => s.fingerprint));
  const unused = baseline?.entries.filter((e) => !used.has(e.fingerprint)) ?? [];
  for (const e of unused) io.stderr(`unleak: baseline entry ${e.fingerprint} (${e.rule} in ${e.file}) matched nothing; run 'unleak baseline prune' to drop it\n`);
}
