import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '@unleak/core';
import { EXIT, type Io } from '../io.js';
import { loadConfig } from '../config-file.js';

export const DEFAULT_PLAN_FILE = 'unleak-plan.yaml';

export const MIGRATE_USAGE = `usage: unleak migrate [PATH] [--plan-out FILE] [--config FILE] [--history] [--reads-per-month N]

Scan PATH (default: the current directory), decide where each credential belongs and write a migration
plan: items per store with names, the references code will use, cost, read policies and rotation flags.
The plan holds no secret value. Review or edit it (store, name, skip), then run 'unleak apply FILE'.

  --plan-out FILE        where to write the plan (default ${DEFAULT_PLAN_FILE})
  --config FILE          read FILE instead of $UNLEAK_CONFIG or the nearest unleak.yaml (PATH up to the git root)
  --history              also scan git history: values found there must be rotated after migration
  --reads-per-month N    reads per item per month for the cost estimate (default 100000)
`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      'plan-out': { type: 'string', short: 'o' },
      config: { type: 'string' },
      history: { type: 'boolean' },
      'reads-per-month': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(MIGRATE_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(`migrate takes one PATH; unexpected '${positionals[1]}'`);
  const root = resolve(io.cwd, positionals[0] ?? '.');
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`PATH '${positionals[0]}' is not a directory; give the repository root`);
  const reads = values['reads-per-month'];
  if (reads !== undefined && !/^\d{1,12}$/.test(reads)) throw new UsageError(`--reads-per-month '${reads}' is not a whole number of reads`);
  const planOut = resolve(io.cwd, values['plan-out'] ?? DEFAULT_PLAN_FILE);
  if (existsSync(planOut) && statSync(planOut).isDirectory()) throw new UsageError(`--plan-out '${values['plan-out']}' is a directory; give a file name such as plan.yaml`);

  const config = await loadConfig(root, values.config, io, false);
  const { createPlan, writePlanFile, planSummary } = await import('@unleak/migrate');
  const planRoot = relative(dirname(planOut), root).split('\\').join('/') || '.';
  const { plan, detections } = await createPlan({
    root,
    planRoot,
    ...(config.policy ? { policy: config.policy } : {}),
    ...(config.scan ? { scanConfig: config.scan } : {}),
    ...(values.history ? { history: true } : {}),
    ...(reads !== undefined ? { readsPerMonth: Number(reads) } : {}),
  });
  await writePlanFile(planOut, plan);
  const shown = relative(io.cwd, planOut) || planOut;
  if (plan.items.length === 0) {
    io.stdout(`No hardcoded credentials found in ${root}; wrote an empty plan to ${shown}.\n`);
    return EXIT.ok;
  }
  io.stdout(`${detections.length} finding${detections.length === 1 ? '' : 's'} → ${plan.items.length} item${plan.items.length === 1 ? '' : 's'} (plan ${plan.id})\n\n`);
  io.stdout(planSummary(plan));
  io.stdout(`\nWrote ${shown}. Review it (you may change each item's store, name or skip), then run:\n  unleak apply ${shown} --dry-run   # preview the writes and the diffs\n  unleak apply ${shown} --yes\n`);
  return EXIT.ok;
}
