import { parseArgs } from 'node:util';
import { UsageError } from '@unleak/core';
import type { Io } from '../io.js';

const HELP = `usage: unleak tui [PATH] [--config FILE] [--history] [--no-color]

Review every finding in PATH (default: the current directory) and migrate it, finding by finding:
Enter accepts the proposal, s changes the store, n marks not-a-secret, u undoes, a applies. Decisions
are saved in .unleak/session.json and resumed next time. Needs a terminal; in scripts use
'unleak migrate --plan-out plan.yaml' then 'unleak apply plan.yaml --yes'.

  --config FILE   unleak.yaml to use (default: $UNLEAK_CONFIG, else the nearest unleak.yaml from PATH up to the git root)
  --history       also read git history; values found there are flagged for rotation (slower)
  --no-color      no colours (NO_COLOR=1 does the same)
`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { config: { type: 'string' }, history: { type: 'boolean' }, 'no-color': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`tui takes one PATH, got ${positionals.length}; run 'unleak tui <repo>'`);
  const { runSession } = await import('../tui/index.js');
  return runSession({
    root: positionals[0] ?? '.',
    io,
    ...(values.config ? { configPath: values.config } : {}),
    ...(values.history ? { history: true } : {}),
    ...(values['no-color'] ? { noColor: true } : {}),
  });
}
