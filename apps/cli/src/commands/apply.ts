import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { UsageError } from '@unleak/core';
import type { ApplyEvent, ApplyResult } from '@unleak/migrate';
import { EXIT, type Io } from '../io.js';
import { loadConfig } from '../config-file.js';

export const APPLY_USAGE = `usage: unleak apply PLAN [--yes] [--dry-run] [--only ID,…] [--overwrite] [--ts-style env|sdk]

Carry out a plan made by 'unleak migrate': write each item to its store (verified by reading it back),
then rewrite the sources to reference it. Every step is journaled in .unleak/journal: after a crash or
Ctrl-C, run the same command again to resume; a finished plan re-applied changes nothing.

  --yes           do not ask for confirmation (required when not on a terminal)
  --dry-run       show what would be written (redacted) and the diffs; change nothing
  --only ID,…     only these item ids (from the plan)
  --overwrite     replace a different value already stored under an item's name
  --ts-style S    TypeScript/JavaScript references: env (requireEnv, default) or sdk (await loadSecret)
  --config FILE   read FILE instead of $UNLEAK_CONFIG or the nearest unleak.yaml (plan's root up to the git root)

Exit codes: 0 done (or nothing to do), 2 an item failed or bad input, 130 interrupted (run again to resume).
`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      yes: { type: 'boolean', short: 'y' },
      'dry-run': { type: 'boolean', short: 'n' },
      only: { type: 'string' },
      overwrite: { type: 'boolean' },
      'ts-style': { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(APPLY_USAGE);
    return EXIT.ok;
  }
  const planArg = positionals[0];
  if (planArg === undefined) throw new UsageError("apply needs the plan file: 'unleak apply plan.yaml' (make one with 'unleak migrate --plan-out plan.yaml')");
  if (positionals.length > 1) throw new UsageError(`apply takes one plan file; unexpected '${positionals[1]}'`);
  const tsStyle = values['ts-style'];
  if (tsStyle !== undefined && tsStyle !== 'env' && tsStyle !== 'sdk') throw new UsageError(`--ts-style '${tsStyle}' is not a style; use env or sdk`);
  const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
  if (values.only !== undefined && !only?.length) throw new UsageError('--only needs item ids, e.g. --only item-1a2b3c,item-4d5e6f');

  const dryRun = Boolean(values['dry-run']);
  if (!dryRun && !values.yes) refuseWithoutTerminal(io, 'apply');
  const migrate = await import('@unleak/migrate');
  const { plan, root } = await migrate.readPlanFile(resolve(io.cwd, planArg));
  const config = await loadConfig(root, values.config, io, false);
  const { createStores, FileAuditLog } = await import('@unleak/stores');
  const active = plan.items.filter((i) => !i.skip && (!only || only.includes(i.id)));
  if (!dryRun) {
    io.stderr(`unleak: plan ${plan.id}: ${active.length} item${active.length === 1 ? '' : 's'} in ${root}\nunleak: target: ${migrate.storeTarget(plan, io.env)}\n`);
    if (!values.yes) await confirm(io, `Write ${active.length} item${active.length === 1 ? '' : 's'} to the stores above and rewrite the sources?`, 'apply');
  }
  const stores = createStores(migrate.storeSettingsFromPolicy(config.policy), io.env, new FileAuditLog(`${root}/.unleak/audit.log`));
  const controller = new AbortController();
  const forceStop = () => process.kill(process.pid, 'SIGKILL');
  const onInterrupt = () => {
    io.stderr('\nunleak: stopping after the item in flight (Ctrl-C again to stop at once; the journal lets the next apply resume safely)\n');
    controller.abort();
    process.once('SIGINT', forceStop);
  };
  process.once('SIGINT', onInterrupt);
  let result: ApplyResult;
  try {
    result = await migrate.applyPlan(plan, { root, stores, ...(config.scan ? { scanConfig: config.scan } : {}) }, {
      dryRun,
      ...(only ? { only } : {}),
      signal: controller.signal,
      overwrite: Boolean(values.overwrite),
      ...(tsStyle ? { tsStyle } : {}),
      onProgress: (e) => progress(e, io),
    });
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    process.removeListener('SIGINT', forceStop);
    stores.close();
  }
  return dryRun ? printDryRun(result, io) : printResult(result, io);
}

/** Writing without a person to confirm needs --yes; said before anything is read or printed. */
export function refuseWithoutTerminal(io: Io, command: string): void {
  if (!io.isTTY) throw new UsageError(`${command} writes to your stores and files; not on a terminal, so pass --yes to confirm${command === 'apply' ? ' (or --dry-run to preview)' : ''}`);
}

/** Asks on a terminal; refuses outright elsewhere, naming the flag to pass. */
export async function confirm(io: Io, question: string, command: string): Promise<void> {
  refuseWithoutTerminal(io, command);
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = (await rl.question(`${question} [y/N] `)).trim().toLowerCase();
    if (answer !== 'y' && answer !== 'yes') throw new UsageError(`${command} cancelled; nothing was written`);
  } finally {
    rl.close();
  }
}

function progress(e: ApplyEvent, io: Io): void {
  if (e.type === 'item') {
    if (e.phase === 'stored') io.stderr(e.store === 'remove' ? `  ✓ ${e.item}: no store write; the source line is removed (rotate the key)\n` : `  ✓ ${e.store} ${e.name} ${e.outcome ?? ''}\n`);
    else if (e.phase === 'failed' || e.phase === 'skipped') io.stderr(`  ✗ ${e.item} ${e.store} ${e.name}: ${e.message ?? e.phase}\n`);
  } else if (e.type === 'file' && e.phase === 'rewritten') io.stderr(`  ✎ ${e.file}\n`);
}

function printDryRun(result: ApplyResult, io: Io): number {
  io.stdout(`Dry run of plan ${result.planId}: nothing is written.\n\nStore writes:\n`);
  for (const i of result.items) {
    const what = i.status === 'would-write' ? (i.store === 'remove' ? 'remove from the source (rotate it)' : `${i.store} ${i.name} = ${i.message ?? ''}`) : `${i.status}${i.message ? `: ${i.message}` : ''}`;
    io.stdout(`  ${i.id}  ${what}\n`);
  }
  io.stdout('\nSource changes (secrets redacted):\n');
  for (const f of result.files) io.stdout(`${f.diff ?? ''}${f.diff?.endsWith('\n') ? '' : '\n'}`);
  if (result.manual.length > 0) {
    io.stdout('\nLeft for a manual edit:\n');
    for (const m of result.manual) io.stdout(`  ${m.file}:${m.line}: ${m.reason}\n`);
  }
  return EXIT.ok;
}

function printResult(result: ApplyResult, io: Io): number {
  const count = (s: string) => result.items.filter((i) => i.status === s).length;
  const failed = result.items.filter((i) => i.status === 'failed');
  const skipped = result.items.filter((i) => i.status === 'skipped');
  if (!result.changed && failed.length === 0 && skipped.length === 0) {
    io.stdout(`Plan ${result.planId} is already applied; nothing to do.\n`);
    return EXIT.ok;
  }
  const counts = [
    [count('created'), 'created'],
    [count('updated'), 'updated'],
    [count('unchanged'), 'already in the store'],
    [count('already'), 'done by an earlier run'],
    [count('removed'), 'removed (rotate them)'],
    [skipped.length, 'skipped'],
    [failed.length, 'failed'],
  ] as const;
  const said = counts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  io.stdout(`Plan ${result.planId}: ${said.join(', ') || 'no items'}; ${result.files.length} file${result.files.length === 1 ? '' : 's'} rewritten.\n`);
  for (const i of [...failed, ...skipped]) io.stdout(`  ${i.id} (${i.store} ${i.name}): ${i.message ?? i.status}\n`);
  if (result.manual.length > 0) io.stdout(`${result.manual.length} place${result.manual.length === 1 ? '' : 's'} need a manual edit (listed in the report).\n`);
  for (const p of result.problems) io.stdout(`  check: ${p}\n`);
  if (result.reportPath) io.stdout(`Report: ${result.reportPath}${result.policyFiles.length ? `; read policies: ${result.policyFiles.join(', ')}` : ''}\n`);
  if (failed.length > 0) {
    io.stderr(`unleak: ${failed.length} item${failed.length === 1 ? '' : 's'} failed and stayed in the source; fix the cause above and run the same apply again\n`);
    return EXIT.error;
  }
  return EXIT.ok;
}
