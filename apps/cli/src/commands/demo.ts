import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '@unleak/core';
import { EXIT, type Io } from '../io.js';

export const DEMO_USAGE = `usage: unleak demo [--dir DIR] [--no-interactive]

Try unleak safely: copies the bundled legacy-shop example (fake secrets in TypeScript, Python, Java,
Terraform, CloudFormation, Kubernetes, compose, GitHub Actions, Ansible, Dockerfiles, .env…) into a fresh
folder, starts the local sandbox (SSM, Secrets Manager, Vault) in this process and migrates the example
into it. On a terminal it opens the interactive session; otherwise (or with --no-interactive) it runs
migrate + apply and prints what happened. Nothing leaves this machine.

  --dir DIR          materialise the example here (must be empty or absent; default: a new temp folder)
  --no-interactive   run migrate + apply without the interactive session
`;

/** The sandbox's env replaces every AWS_/VAULT_ variable, so the demo can never reach a real account. */
export function demoEnv(base: NodeJS.ProcessEnv, sandboxEnv: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base)) if (!/^(AWS_|VAULT_)/.test(k)) env[k] = v;
  return { ...env, ...sandboxEnv };
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { dir: { type: 'string' }, 'no-interactive': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(DEMO_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`demo takes no PATH (got '${positionals[0]}'); use --dir DIR to choose where the example goes`);
  const dir = values.dir !== undefined ? resolve(io.cwd, values.dir) : join(mkdtempSync(join(tmpdir(), 'unleak-demo-')), 'legacy-shop');
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new UsageError(`--dir '${values.dir}' is not empty; give a new or empty folder`);

  const [{ materializeExample }, { startSandbox }] = await Promise.all([import('@unleak/demo'), import('@unleak/sandbox')]);
  const example = await materializeExample(dir);
  const sandbox = await startSandbox({ port: 0 });
  try {
    const env = demoEnv(io.env, sandbox.env);
    io.stderr(`unleak demo: example repository at ${example.root} (${example.secrets.length} fake secrets planted)\nunleak demo: sandbox at ${sandbox.url} (SSM, Secrets Manager, Vault; in memory)\n`);
    const tui = await import('../tui/index.js');
    if (!values['no-interactive'] && tui.canRunInteractive(io)) {
      // history costs ~0.1-0.2 s on the example and shows its exposure/rotation flags
      return await tui.runSession({ root: example.root, io, storesEnv: env, target: `sandbox ${sandbox.url}`, sandbox: true, history: true });
    }
    return await nonInteractive(example.root, env, io);
  } finally {
    await sandbox.close();
  }
}

async function nonInteractive(root: string, env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  const migrate = await import('@unleak/migrate');
  const { createStores, FileAuditLog } = await import('@unleak/stores');
  const planFile = join(root, '.unleak', 'plan.yaml');
  const { plan, detections } = await migrate.createPlan({ root, planRoot: '..', history: true });
  await migrate.writePlanFile(planFile, plan);
  io.stdout(`Scanned the example: ${detections.length} findings → ${plan.items.length} items.\n\n${migrate.planSummary(plan)}\n`);
  const stores = createStores({}, env, new FileAuditLog(join(root, '.unleak', 'audit.log')));
  try {
    const result = await migrate.applyPlan(plan, { root, stores });
    const stored = result.items.filter((i) => i.status === 'created' || i.status === 'updated' || i.status === 'unchanged');
    const byStore = new Map<string, number>();
    for (const i of stored) byStore.set(i.store, (byStore.get(i.store) ?? 0) + 1);
    io.stdout(`Applied: ${stored.length} items stored (${[...byStore].map(([s, n]) => `${n} ${s}`).join(', ')}), ${result.items.filter((i) => i.status === 'removed').length} removed for rotation, ${result.files.length} files rewritten, ${result.manual.length} places left for a manual edit.\n`);
    if (result.reportPath) io.stdout(`Report: ${join(root, result.reportPath)}\n`);
    io.stdout(
      [
        '',
        `Look around: cd ${root} && git diff`,
        `Plan: ${planFile}. The sandbox kept its stores in memory and stopped with the demo.`,
        '',
        'On your own repository, with your real AWS account and Vault:',
        '  export AWS_PROFILE=… AWS_REGION=…        # or any credentials the AWS SDK finds',
        '  export VAULT_ADDR=https://vault.example:8200 VAULT_TOKEN=…   # only if items go to Vault',
        '  unleak migrate path/to/repo --plan-out plan.yaml',
        '  unleak apply plan.yaml --dry-run',
        '  unleak apply plan.yaml',
        'Rehearse first against `unleak sandbox` (it prints the exports to use).',
        '',
      ].join('\n'),
    );
    return EXIT.ok;
  } finally {
    stores.close();
  }
}
