import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '@unleak/core';
import { EXIT, type Io } from '../io.js';
import { confirm, refuseWithoutTerminal } from './apply.js';
import { loadConfig } from './scan.js';

export const ROLLBACK_USAGE = `usage: unleak rollback PLAN [--yes] [--config FILE]

Undo 'unleak apply PLAN': restore each rewritten file from its backup (only if it still holds what apply
wrote; edited files are kept and listed), then remove the store entries this plan created (tagged with its
id). Entries unleak did not create, or another plan created, are kept and listed.
`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { yes: { type: 'boolean', short: 'y' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(ROLLBACK_USAGE);
    return EXIT.ok;
  }
  const planArg = positionals[0];
  if (planArg === undefined) throw new UsageError("rollback needs the plan file that was applied: 'unleak rollback plan.yaml'");
  if (positionals.length > 1) throw new UsageError(`rollback takes one plan file; unexpected '${positionals[1]}'`);
  if (!values.yes) refuseWithoutTerminal(io, 'rollback');
  const migrate = await import('@unleak/migrate');
  const { plan, root } = await migrate.readPlanFile(resolve(io.cwd, planArg));
  const config = await loadConfig(root, values.config, io, false);
  io.stderr(`unleak: rolling back plan ${plan.id} in ${root}\nunleak: target: ${migrate.storeTarget(plan, io.env)}\n`);
  if (!values.yes) await confirm(io, 'Restore the files and delete the store entries this plan created?', 'rollback');
  const { createStores, FileAuditLog } = await import('@unleak/stores');
  const stores = createStores(migrate.storeSettingsFromPolicy(config.policy), io.env, new FileAuditLog(`${root}/.unleak/audit.log`));
  try {
    const result = await migrate.rollbackPlan(plan, { root, stores });
    const by = (o: string) => result.files.filter((f) => f.outcome === o);
    io.stdout(`Files: ${by('restored').length} restored, ${by('deleted').length} deleted (created by apply), ${by('kept').length} kept.\n`);
    for (const f of by('kept')) io.stdout(`  kept ${f.file}: ${f.reason ?? ''}\n`);
    const removed = result.stores.filter((s) => s.outcome === 'removed');
    const kept = result.stores.filter((s) => s.outcome === 'kept');
    io.stdout(`Store entries: ${removed.length} removed, ${kept.length} kept, ${result.stores.filter((s) => s.outcome === 'absent').length} already absent.\n`);
    for (const s of kept) io.stdout(`  kept ${s.store} ${s.name}: ${s.reason ?? ''}\n`);
    return EXIT.ok;
  } finally {
    stores.close();
  }
}
