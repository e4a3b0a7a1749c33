import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materializeExample, type MaterializedExample } from '@unleak/demo';
import { main } from '../src/main.js';
import { demoEnv } from '../src/commands/demo.js';
import { fakeIo, type FakeIo } from './helpers.js';

/** Text of every file under dir, except the backups apply keeps of the original sources (0600, git-ignored). */
function textUnder(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir)
    .filter((name) => name !== 'backup')
    .map((name) => {
      const abs = join(dir, name);
      return statSync(abs).isDirectory() ? textUnder(abs) : readFileSync(abs, 'utf8');
    })
    .join('\n');
}

describe('unleak demo (not on a terminal: migrate + apply --yes into the in-process sandbox)', () => {
  let base: string;
  let io: FakeIo;
  let code: number;
  let truth: MaterializedExample;

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'unleak-demo-test-'));
    // the example is deterministic: a second copy tells us the values the demo planted
    truth = await materializeExample(join(base, 'truth'));
    io = fakeIo(base, { AWS_PROFILE: 'production', AWS_ENDPOINT_URL_SSM: 'https://ssm.example.invalid', VAULT_ADDR: 'https://vault.example.invalid' });
    code = await main(['demo', '--dir', 'shop'], io);
  }, 90_000);
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('migrates the example and tells the user how to point unleak at a real repository', () => {
    expect(code, io.err).toBe(0);
    expect(io.out).toMatch(/Scanned the example: \d+ findings → \d+ items/);
    expect(io.out).toMatch(/Applied: \d+ items stored/);
    expect(io.out).toContain('unleak migrate path/to/repo --plan-out plan.yaml');
    expect(existsSync(join(base, 'shop/unleak-report.md'))).toBe(true);
    expect(readFileSync(join(base, 'shop/apps/api/src/db.ts'), 'utf8')).toContain('requireEnv(');
  });

  it('never reaches the real account: the sandbox env replaces every AWS_ and VAULT_ variable', () => {
    const env = demoEnv({ AWS_PROFILE: 'prod', AWS_ENDPOINT_URL_SSM: 'https://x', HOME: '/h' }, { AWS_ENDPOINT_URL: 'http://127.0.0.1:1', VAULT_ADDR: 'http://127.0.0.1:1' });
    expect(env).toEqual({ HOME: '/h', AWS_ENDPOINT_URL: 'http://127.0.0.1:1', VAULT_ADDR: 'http://127.0.0.1:1' });
    expect(io.err).toMatch(/sandbox at http:\/\/127\.0\.0\.1:\d+/);
  });

  it('no planted value in stdout, stderr, the plan, the journal, the audit log, the report or the policies', () => {
    const root = join(base, 'shop');
    const everything = [io.out, io.err, textUnder(join(root, '.unleak')), readFileSync(join(root, 'unleak-report.md'), 'utf8')].join('\n');
    expect(everything).toContain('"step":"item-stored"');
    expect(everything).toContain('"op":"put"');
    expect(existsSync(join(root, '.unleak/plan.yaml'))).toBe(true);
    expect(readdirSync(join(root, '.unleak/policies')).length).toBeGreaterThan(0);
    const leaked = [...truth.secrets, ...truth.removed].filter((s) => everything.includes(s.value.reveal())).map((s) => `${s.file}:${s.line}`);
    expect(leaked).toEqual([]);
  });

  it('refuses a --dir that is not empty', async () => {
    const again = fakeIo(base);
    expect(await main(['demo', '--dir', 'shop'], again)).toBe(2);
    expect(again.err).toBe("unleak: --dir 'shop' is not empty; give a new or empty folder\n");
  });
});
