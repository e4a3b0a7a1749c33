import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fake } from '@unleak/core';
import { startSandbox, type Sandbox } from '@unleak/sandbox';
import { main } from '../src/main.js';
import { fakeIo, type FakeIo } from './helpers.js';

const values = {
  db: fake.password(20, 'cli-db'),
  stripe: 'sk_' + 'live_' + fake.alnum(32, 'cli-stripe'),
  mailgun: 'key-' + fake.hex(32, 'cli-mailgun'),
};

function files(dir: string, skip = ['.unleak']): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      const rel = relative(dir, abs);
      if (skip.includes(rel)) continue;
      if (statSync(abs).isDirectory()) walk(abs);
      else out.set(rel, readFileSync(abs, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

describe('unleak migrate / apply / rollback', () => {
  let base: string;
  let repo: string;
  let sandbox: Sandbox;
  const outputs: string[] = [];
  const cli = async (args: string[], env: NodeJS.ProcessEnv = {}, isTTY = false): Promise<{ code: number; io: FakeIo }> => {
    const io = fakeIo(base, env);
    io.isTTY = isTTY;
    const code = await main(args, io);
    outputs.push(io.out, io.err);
    return { code, io };
  };

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'unleak-cli-migrate-'));
    repo = join(base, 'repo');
    mkdirSync(join(repo, 'billing'), { recursive: true });
    writeFileSync(join(repo, '.env'), `DB_HOST=db.internal\nDB_USER=shop\nDB_PASSWORD=${values.db}\nSTRIPE_SECRET_KEY=${values.stripe}\n`);
    writeFileSync(join(repo, 'billing/settings.py'), `import logging\n\nMAILGUN_API_KEY = "${values.mailgun}"\n`);
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(async () => {
    await sandbox?.close();
    await rm(base, { recursive: true, force: true });
  });

  it('migrate writes a value-free plan and prints items per store and the monthly cost', async () => {
    const { code, io } = await cli(['migrate', 'repo', '--plan-out', 'plan.yaml']);
    expect(code, io.err).toBe(0);
    expect(io.out).toMatch(/store\s+items\s+monthly/);
    expect(io.out).toContain('Secrets Manager');
    expect(io.out).toMatch(/total\s+\d+\s+\$\d+\.\d\d/);
    expect(io.out).toContain('unleak apply plan.yaml --yes');
    const plan = readFileSync(join(base, 'plan.yaml'), 'utf8');
    expect(plan).toContain('root: repo');
    for (const v of Object.values(values)) expect(plan.includes(v)).toBe(false);
  });

  it('apply refuses to write without --yes when not on a terminal', async () => {
    const before = files(repo);
    const { code, io } = await cli(['apply', 'plan.yaml'], sandbox.env);
    expect(code).toBe(2);
    expect(io.err).toMatch(/^unleak: apply writes to your stores and files; not on a terminal, so pass --yes/);
    expect(io.err.trim().split('\n').at(-1)).toContain('--yes');
    expect(files(repo)).toEqual(before);
    expect(sandbox.state().parameters.length + sandbox.state().secrets.length).toBe(0);
  });

  it('apply --dry-run shows redacted writes and diffs and changes nothing', async () => {
    const before = files(repo);
    const { code, io } = await cli(['apply', 'plan.yaml', '--dry-run'], sandbox.env);
    expect(code, io.err).toBe(0);
    expect(io.out).toContain('Dry run');
    expect(io.out).toContain('--- a/.env');
    expect(io.out).toContain('+++ b/billing/settings.py');
    expect(io.out).toContain('os.environ["MAILGUN_API_KEY"]');
    for (const v of Object.values(values)) expect(io.out.includes(v)).toBe(false);
    expect(files(repo)).toEqual(before);
    expect(existsSync(join(repo, '.unleak'))).toBe(false);
    expect(sandbox.state().secrets).toEqual([]);
  });

  it('apply --yes stores, rewrites and reports; again is a no-op with exit 0', async () => {
    const first = await cli(['apply', 'plan.yaml', '--yes'], sandbox.env);
    expect(first.code, first.io.err).toBe(0);
    expect(first.io.err).toContain(`target: AWS profile (default chain), region ${sandbox.region}, endpoint ${sandbox.url}`);
    expect(first.io.out).toMatch(/\d+ created/);
    expect(first.io.out).toContain('Report: unleak-report.md');
    const tree = [...files(repo).values()].join('\n');
    for (const v of Object.values(values)) expect(tree.includes(v)).toBe(false);
    const versions = JSON.stringify(sandbox.state().secrets.map((s) => s.versions));
    const again = await cli(['apply', 'plan.yaml', '--yes'], sandbox.env);
    expect(again.code).toBe(0);
    expect(again.io.out).toContain('already applied; nothing to do');
    expect(JSON.stringify(sandbox.state().secrets.map((s) => s.versions))).toBe(versions);
  });

  it('rollback --yes restores the files and removes what the plan created', async () => {
    const { code, io } = await cli(['rollback', 'plan.yaml', '--yes'], sandbox.env);
    expect(code, io.err).toBe(0);
    expect(io.out).toMatch(/Files: \d+ restored/);
    expect(io.out).toMatch(/Store entries: \d+ removed, 0 kept/);
    expect(readFileSync(join(repo, '.env'), 'utf8')).toContain(values.db);
    expect(sandbox.state().parameters).toEqual([]);
  });

  it('reports every problem of a broken plan on one exit-2 error, and bad flags in one line', async () => {
    writeFileSync(join(base, 'broken.yaml'), 'version: 3\nid: "x y"\nroot: repo\nitems:\n  - id: a\n    store: dropbox\n');
    const broken = await cli(['apply', 'broken.yaml', '--yes']);
    expect(broken.code).toBe(2);
    expect(broken.io.err).toMatch(/^unleak: .*broken\.yaml: \d+ problems:/);
    expect(broken.io.err).toContain("store: 'dropbox' is not a store");
    expect(broken.io.err).toContain('version: expected 1');
    const missing = await cli(['apply', 'nope.yaml', '--dry-run']);
    expect(missing.io.err).toBe("unleak: plan file '" + join(base, 'nope.yaml') + "' cannot be read; create one with 'unleak migrate --plan-out " + join(base, 'nope.yaml') + "'\n");
    const badOnly = await cli(['apply', 'plan.yaml', '--yes', '--only', 'item-nope'], sandbox.env);
    expect(badOnly.code).toBe(2);
    expect(badOnly.io.err).toContain('--only: no item item-nope');
    expect((await cli(['migrate', 'no-such-dir'])).io.err).toContain("PATH 'no-such-dir' is not a directory");
  });

  it('never prints a value on stdout or stderr', () => {
    const all = outputs.join('\n');
    for (const v of Object.values(values)) expect(all.includes(v)).toBe(false);
  });
});
