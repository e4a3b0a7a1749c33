import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fake } from '@unleak/core';
import { startSandbox, type Sandbox } from '@unleak/sandbox';
import { createPlan, writePlanFile } from '@unleak/migrate';
import { allText, holds, storeReader } from './helpers.js';

const workspace = fileURLToPath(new URL('../../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));

/** A small repo (no TypeScript, so each child process starts fast) with values for three stores. */
function plantRepo(root: string, seed: string): Record<string, string> {
  const values = {
    dbPassword: fake.password(20, `${seed}-db`),
    stripe: 'sk_' + 'live_' + fake.alnum(32, `${seed}-stripe`),
    mailgun: 'key-' + fake.hex(32, `${seed}-mailgun`),
    composePassword: fake.password(18, `${seed}-compose`),
  };
  mkdirSync(join(root, 'billing'), { recursive: true });
  writeFileSync(join(root, '.env'), `DB_HOST=db.internal\nDB_PORT=5432\nDB_USER=shop\nDB_PASSWORD=${values.dbPassword}\nSTRIPE_SECRET_KEY=${values.stripe}\n`);
  writeFileSync(join(root, 'billing/settings.py'), `import logging\n\nMAILGUN_API_KEY = "${values.mailgun}"\nlog = logging.getLogger(__name__)\n`);
  writeFileSync(
    join(root, 'docker-compose.yml'),
    `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: shop\n      POSTGRES_PASSWORD: ${values.composePassword}\n`,
  );
  return values;
}

describe('crash safety: apply killed with SIGKILL at every journal boundary and at random moments', () => {
  let base: string;
  let child: string;

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'unleak-crash-'));
    const cacheDir = join(workspace, 'node_modules/.cache/unleak-migrate-test');
    mkdirSync(cacheDir, { recursive: true });
    child = join(cacheDir, `crash-child-${process.pid}.mjs`);
    const pkg = JSON.parse(readFileSync(join(workspace, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    await build({
      entryPoints: [join(here, 'crash-child.ts')],
      outfile: child,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      tsconfig: join(workspace, 'packages/migrate/tsconfig.json'),
      external: [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)],
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      logLevel: 'silent',
    });
  });
  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
    await rm(child, { force: true });
  });

  async function scenario(name: string, faults?: string) {
    const root = join(base, name, 'repo');
    mkdirSync(root, { recursive: true });
    const values = plantRepo(root, name);
    const sandbox = await startSandbox({ port: 0, ...(faults ? { faults } : {}) });
    const { plan } = await createPlan({ root, planRoot: 'repo' });
    const planFile = join(base, name, 'plan.yaml');
    await writePlanFile(planFile, plan);
    const reader = await storeReader(sandbox);
    return {
      root,
      plan,
      values,
      sandbox,
      run: (crashAtNewBoundary: boolean, killAfterMs?: number) => runChild(child, planFile, sandbox, crashAtNewBoundary ? join(base, name, 'crashed-at') : undefined, killAfterMs),
      crashedAt: () => readFileSync(join(base, name, 'crashed-at'), 'utf8').split('\n').filter(Boolean),
      /** Every planted value is in its source file or in its store (or both). */
      async assertNothingLost(when: string) {
        const tree = allText(root, ['.unleak']);
        for (const [key, value] of Object.entries(values)) {
          if (tree.includes(value)) continue;
          const stored = await Promise.all(plan.items.filter((i) => i.store !== 'remove').map((i) => reader.read(i.store, i.name, plan.vaultMount)));
          expect(stored.some((s) => holds(s, value)), `${when}: ${key} is neither in the tree nor in a store`).toBe(true);
        }
      },
      async close() {
        reader.close();
        await sandbox.close();
      },
    };
  }

  it('resumes from every journal boundary and converges: every value stored once, none left in the tree', async () => {
    const s = await scenario('boundaries');
    try {
      let runs = 0;
      // each run dies at the first journal step no earlier run died at, and resumes what the previous one left
      for (;;) {
        const r = await s.run(true);
        runs++;
        await s.assertNothingLost(`after run ${runs} (${s.crashedAt().at(-1) ?? 'start'})`);
        if (r.code === 0) break;
        expect(r.signal, r.stderr).toBe('SIGKILL');
        expect(runs).toBeLessThan(60);
      }
      const steps = s.crashedAt();
      expect(steps.length).toBe(runs - 1);
      expect(steps.length).toBeGreaterThanOrEqual(14);
      expect(new Set(steps).size).toBe(steps.length);
      for (const kind of ['apply-start', 'item-stored', 'file-planned', 'file-done', 'apply-done']) expect(steps.some((k) => k.startsWith(`${kind}:`)), kind).toBe(true);
      const final = await s.run(false);
      expect(final.code, final.stderr).toBe(0);
      expect(JSON.parse(final.stdout).changed).toBe(false);
      await converged(s);
    } finally {
      await s.close();
    }
  }, 60_000);

  it('survives kills at random moments against a slow, flaky sandbox', async () => {
    const s = await scenario('random', 'latency=40ms,throttle=0.1,drop-after-commit=0.1,seed=11');
    try {
      let seed = 7;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      for (let i = 0; i < 3; i++) {
        const r = await s.run(false, 300 + Math.floor(random() * 900));
        await s.assertNothingLost(`after random kill ${i + 1} (${r.signal ?? r.code})`);
      }
      const final = await s.run(false);
      expect(final.code, final.stderr).toBe(0);
      await converged(s);
    } finally {
      await s.close();
    }
  }, 60_000);

  async function converged(s: Awaited<ReturnType<typeof scenario>>) {
    const tree = allText(s.root, ['.unleak']);
    for (const [key, value] of Object.entries(s.values)) expect(tree.includes(value), `${key} still in the tree`).toBe(false);
    await s.assertNothingLost('at the end');
    const state = s.sandbox.state();
    const written = s.plan.items.filter((i) => !i.skip && i.store !== 'remove');
    expect(state.parameters.length + state.secrets.length + state.vault.length).toBe(written.length);
    for (const p of state.parameters) expect(p.versions, p.name).toHaveLength(1);
    for (const x of state.secrets) expect(x.versions, x.name).toHaveLength(1);
    for (const v of state.vault) expect(v.versions, v.path).toHaveLength(1);
  }
});

function runChild(script: string, planFile: string, sandbox: Sandbox, crashSeenFile: string | undefined, killAfterMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--no-warnings', script], {
      env: { PATH: process.env.PATH ?? '', ...sandbox.env, UNLEAK_TEST_PLAN: planFile, ...(crashSeenFile ? { UNLEAK_CRASH_SEEN: crashSeenFile } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    proc.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = killAfterMs !== undefined ? setTimeout(() => proc.kill('SIGKILL'), killAfterMs) : undefined;
    proc.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
