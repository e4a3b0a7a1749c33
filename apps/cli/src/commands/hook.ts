import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '@unleak/core';
import { MANAGERS, openRepo, type HookChange, type HookManager, type HookManagerId, type HookRepo } from '../hook/index.js';
import { EXIT, type Io } from '../io.js';

export const DEFAULT_HOOK_COMMAND = 'npx --no-install unleak scan --staged';

export const HOOK_USAGE = `usage: unleak hook install [--husky | --lefthook | --pre-commit | --git] [--command CMD]
       unleak hook uninstall [--husky | --lefthook | --pre-commit | --git]

Runs 'unleak scan --staged' before every commit. Without a flag, unleak uses what the repository already
has: husky (.husky/, or husky in package.json), lefthook (lefthook.yml), the pre-commit framework
(.pre-commit-config.yaml), else a plain git hook (where 'git rev-parse --git-path hooks' points, so
core.hooksPath and worktrees are honoured). Installing twice changes nothing; an existing hook is kept and
unleak's lines are added after it, between marker comments; uninstall removes only those.

  --husky        add to .husky/pre-commit
  --lefthook     add a pre-commit job 'unleak' to lefthook.yml (comments kept)
  --pre-commit   add a 'repo: local' hook 'unleak' to .pre-commit-config.yaml
  --git          add to the plain git pre-commit hook
  --command CMD  what the hook runs (default: ${DEFAULT_HOOK_COMMAND})
`;

const FLAGS: HookManagerId[] = ['husky', 'lefthook', 'pre-commit', 'git'];

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      husky: { type: 'boolean' },
      lefthook: { type: 'boolean' },
      'pre-commit': { type: 'boolean' },
      git: { type: 'boolean' },
      command: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(HOOK_USAGE);
    return EXIT.ok;
  }
  const [action, ...extra] = positionals;
  if (action !== 'install' && action !== 'uninstall') {
    throw new UsageError(action === undefined ? "unleak hook needs 'install' or 'uninstall'; run 'unleak hook --help'" : `unknown hook action '${action}'; use 'install' or 'uninstall'`);
  }
  if (extra.length) throw new UsageError(`unleak hook ${action} takes no arguments, got '${extra[0]}'; it works on the repository you run it in`);
  if (action === 'uninstall' && values.command !== undefined) throw new UsageError('--command goes with hook install');
  const command = values.command?.trim() ?? DEFAULT_HOOK_COMMAND;
  if (command === '' || command.includes('\n')) throw new UsageError('--command must be one non-empty line, e.g. --command "npx --no-install unleak scan --staged"');
  const chosen = FLAGS.filter((id) => values[id]);
  if (chosen.length > 1) throw new UsageError(`pick one of ${chosen.map((id) => `--${id}`).join(', ')}`);

  const repo = await openRepo(io.cwd);
  const manager = chosen[0] ? MANAGERS[chosen[0]] : await detectManager(repo, action);
  const change = action === 'install' ? await manager.install(repo, command) : await manager.uninstall(repo);
  report(change, manager, action, repo, io);
  return EXIT.ok;
}

/** The one hook manager the repository uses; several found without a flag is a question for the user. */
async function detectManager(repo: HookRepo, action: string): Promise<HookManager> {
  const found: { manager: HookManager; evidence: string }[] = [];
  for (const manager of Object.values(MANAGERS)) {
    const evidence = await manager.detect(repo);
    if (evidence) found.push({ manager, evidence });
  }
  if (found.length > 1) {
    const list = found.map((f) => `${f.manager.id} (${f.evidence})`).join(', ');
    throw new UsageError(`this repository uses several hook managers: ${list}; say which with one of ${found.map((f) => `--${f.manager.id}`).join(', ')} (unleak hook ${action} --${found[0]?.manager.id})`);
  }
  return found[0]?.manager ?? MANAGERS.git;
}

function report(change: HookChange, manager: HookManager, action: 'install' | 'uninstall', repo: HookRepo, io: Io): void {
  const where = relative(repo.top, change.file) || change.file;
  const how = manager.id === 'git' ? 'plain git hook' : manager.id;
  if (action === 'install') io.stdout(change.changed ? `unleak: installed the pre-commit check in ${where} (${how})\n` : `unleak: the pre-commit check is already in ${where} (${how}); nothing changed\n`);
  else io.stdout(change.changed ? `unleak: removed the pre-commit check from ${where} (${how})\n` : `unleak: no unleak pre-commit check in ${where} (${how}); nothing removed\n`);
  if (change.warning) io.stderr(`unleak: warning: ${change.warning}\n`);
  if (change.hint && action === 'install') io.stderr(`unleak: ${change.hint}\n`);
}
