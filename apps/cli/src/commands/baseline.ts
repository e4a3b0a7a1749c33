import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '@unleak/core';
import { baselineOf, DEFAULT_BASELINE_FILE, writeBaseline } from '@unleak/scanner';
import { EXIT, type Io } from '../io.js';
import { decide, loadConfig, runScan, scanTarget } from './scan.js';

export const BASELINE_USAGE = `usage: unleak baseline [PATH] [--output FILE] [--config FILE]

Record every current finding (fingerprint, rule, file, redacted form; never a value) so that 'unleak scan'
reports only new ones. Default output: ${DEFAULT_BASELINE_FILE} at the scanned root, which scan picks up.
`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o' },
      config: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(BASELINE_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(`unleak baseline takes one PATH, got ${positionals.length}; run it from the repository root`);
  const target = scanTarget(positionals, io.cwd);
  const { scan: config, policy } = await loadConfig(target.root, values.config, io, values.verbose ?? false);
  const result = await runScan({ ...target, ...(config ? { config } : {}) });
  const detections = await decide(result.detections, policy);
  const baseline = baselineOf(detections);
  const file = values.output !== undefined ? resolve(io.cwd, values.output) : join(target.root, DEFAULT_BASELINE_FILE);
  try {
    await writeBaseline(file, baseline);
  } catch {
    throw new UsageError(`cannot write the baseline to '${file}'; check that the directory exists and is writable`);
  }
  io.stderr(`unleak: wrote ${baseline.entries.length} ${baseline.entries.length === 1 ? 'entry' : 'entries'} to ${file} (scanned ${result.stats.files} files)\n`);
  return EXIT.ok;
}
