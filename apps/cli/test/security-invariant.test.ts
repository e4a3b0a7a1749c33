import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { redact } from '@unleak/core';
import { readPlanFile } from '@unleak/migrate';
import { startSandbox, type Sandbox } from '@unleak/sandbox';
import { main } from '../src/main.js';
import { serveSandbox } from '../src/commands/sandbox.js';
import { createLiveServices } from '../src/tui/services-live.js';
import { initialReviewState, reviewReducer } from '../src/tui/reducer.js';
import { ensureBuilt, unleakBin } from './built-cli.js';
import { fakeIo } from './helpers.js';
import { hookEnv } from './hook-helpers.js';
import {
  filesUnder,
  inWorkingTree,
  leakChecker,
  linkBuiltCli,
  plantedSecrets,
  readText,
  seededFiles,
  writeFiles,
  type Leak,
} from './security-invariant-helpers.js';

/**
 * The security invariant across every command: secret values never appear in stdout, stderr, written
 * files (plans, journal, report, policies, baseline, audit log, session), store state or error messages;
 * only redacted forms and fingerprints. One seeded repository, every user-facing command and format.
 * Backups are the one expected copy of the values: 0600 and under a git-ignored .unleak/.
 */

const secrets = plantedSecrets();
const planted = Object.values(secrets);
const findLeaks = leakChecker(planted);

/** A fixed identity, no user or system git config, hooks enabled: the environment the hook tests use. */
const gitEnv = hookEnv();

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: gitEnv });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** The sandbox's environment with the user's own secret credentials (the sandbox checks only the key id). */
const withUserCredentials = (env: Record<string, string>): NodeJS.ProcessEnv => ({
  ...env,
  AWS_SECRET_ACCESS_KEY: secrets.envAwsSecretKey.value,
  AWS_SESSION_TOKEN: secrets.envSessionToken.value,
});

function expectNoLeaks(leaks: Leak[]): void {
  expect(leaks.map((l) => `${l.where}: ${l.label} (${l.form})`)).toEqual([]);
}

describe('the leak checker (negative control)', () => {
  const s = secrets;
  it('flags a planted value whole, in part, base64-, URL- and JSON-encoded', () => {
    const cases: Array<[string, string]> = [
      ['value', `token=${s.githubPat.value}`],
      ['window', `password starts ${s.yamlPassword.value.slice(3, 3 + 9)} and goes on`],
      ['base64', Buffer.from(s.envPassword.value).toString('base64')],
      ['base64url', `x${Buffer.from(s.stripe.value).toString('base64url')}y`],
      ['URL-encoded', `?p=${encodeURIComponent(s.composePassword.value)}`],
      ['JSON-escaped', JSON.stringify({ key: s.privateKey.value })],
      ['PEM line', s.privateKey.value.split('\n')[4] ?? ''],
    ];
    for (const [form, text] of cases) expect(findLeaks(form, text).length, form).toBeGreaterThan(0);
    expect(findLeaks('k8s', `data:\n  password: ${Buffer.from(s.k8sPassword.value).toString('base64')}`)[0]).toMatchObject({ label: s.k8sPassword.label, form: 'base64' });
  });

  it('passes redacted forms, fingerprints and the non-secret parts of a value', () => {
    const shown = planted.map((p) => `${redact(p.value)} v1:3f9c0a1b2c3d4e5f6a7b`).join('\n');
    expect(findLeaks('redacted', shown)).toEqual([]);
    expect(findLeaks('pem armour', '-----BEGIN RSA PRIVATE KEY----- … -----END RSA PRIVATE KEY-----')).toEqual([]);
    expect(findLeaks('url', 'postgres://shop:****@db.internal:5432/shop')).toEqual([]);
  });
});

describe('no secret value in any output of any command', () => {
  let base: string;
  let repo: string;
  let sandbox: Sandbox;
  /** Files the test itself wrote (inputs, not outputs). */
  const inputs = new Set<string>();
  const seen: Leak[] = [];
  let findings: Array<{ file: string; line: number; fingerprint: string; redacted: string }> = [];

  /** Runs `unleak ARGS` through main() and records what it printed. */
  const cli = async (args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) => {
    const io = fakeIo(options.cwd ?? repo, options.env);
    const code = await main(args, io);
    seen.push(...findLeaks(`unleak ${args.join(' ')} (stdout)`, io.out), ...findLeaks(`unleak ${args.join(' ')} (stderr)`, io.err));
    return { code, out: io.out, err: io.err };
  };
  /** Runs the built bin (no store involved: a synchronous spawn is fine). */
  const bin = (args: string[]) => {
    const r = spawnSync(process.execPath, [unleakBin, ...args], { cwd: repo, encoding: 'utf8', env: gitEnv, timeout: 60_000 });
    seen.push(...findLeaks(`bin unleak ${args.join(' ')} (stdout)`, r.stdout), ...findLeaks(`bin unleak ${args.join(' ')} (stderr)`, r.stderr));
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  /** Leaks recorded since the last call, as one assertion per step. */
  const stepLeaks = () => seen.splice(0);
  const record = (where: string, text: string) => seen.push(...findLeaks(where, text));
  beforeEach(() => void seen.splice(0));

  beforeAll(async () => {
    ensureBuilt();
    base = mkdtempSync(join(tmpdir(), 'unleak-invariant-'));
    repo = join(base, 'repo');
    mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    const files = seededFiles(secrets);
    writeFiles(repo, { ...files, 'old/legacy.env': `GITHUB_TOKEN=${secrets.historyOnly.value}\n` });
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'seed');
    rmSync(join(repo, 'old'), { recursive: true });
    writeFiles(repo, { 'apps/web/src/ci.ts': `export const gitlabToken = "${secrets.diffAdded.value}";\n` });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'drop the legacy env, add ci');
    writeFiles(repo, { 'apps/api/staged.env': `AWS_ACCESS_KEY_ID=${secrets.staged.value}\n` });
    git(repo, 'add', 'apps/api/staged.env');
    linkBuiltCli(repo);
    for (const f of [...Object.keys(files), 'apps/web/src/ci.ts', 'apps/api/staged.env']) inputs.add(`repo/${f}`);
    writeFileSync(join(base, 'bad-config.yaml'), `stores:\n  vault:\n    token: "${secrets.badConfig.value}\n  - [\n`);
    inputs.add('bad-config.yaml');
    sandbox = await startSandbox({ port: 0, stateFile: join(base, 'sandbox-state.json') });
  }, 60_000);

  afterAll(async () => {
    await sandbox?.close();
    if (base) rmSync(base, { recursive: true, force: true });
  });

  it('the seeded repository exercises the invariant: scan reports every working-tree secret', async () => {
    const r = await cli(['scan', '--format', 'json']);
    expect(r.code, r.err).toBe(1);
    findings = JSON.parse(r.out).findings;
    const reported = new Set(findings.map((f) => f.redacted));
    const missed = inWorkingTree(secrets).filter((p) => !reported.has(redact(p.value)) && !reported.has(redact(Buffer.from(p.value).toString('base64'))));
    expect(missed.map((p) => p.label)).toEqual([]);
    // the redacted forms do reach the output the checker reads, so a missing redaction would be seen
    const text = await cli(['scan']);
    for (const f of findings) expect(text.out).toContain(f.redacted);
    expectNoLeaks(stepLeaks());
  });

  it('scan: every format, --verbose, --staged, --history, --diff, --projects, --output', async () => {
    for (const format of ['text', 'json', 'sarif', 'github']) {
      expect((await cli(['scan', '--format', format])).code).toBe(1);
      expect((await cli(['scan', '--format', format, '--history'])).code).toBe(1);
    }
    expect((await cli(['scan', '--verbose'])).code).toBe(1);
    expect((await cli(['scan', '--history', '--verbose'])).out).toContain('(removed)');
    expect((await cli(['scan', '--staged', '--verbose'])).code).toBe(1);
    const staged = await cli(['scan', '--staged', '--format', 'json']);
    expect(staged.out).toContain(redact(secrets.staged.value));
    const history = await cli(['scan', '--history', '--format', 'json']);
    expect(history.out).toContain(redact(secrets.historyOnly.value));
    const diff = await cli(['scan', '--diff', 'HEAD~1...HEAD', '--format', 'github']);
    expect(diff.out).toContain(redact(secrets.diffAdded.value));
    expect((await cli(['scan', '--diff', 'HEAD~1..HEAD', '--verbose'])).code).toBe(1);
    expect((await cli(['scan', '--projects', 'api', '--verbose'])).code).toBe(1);
    expect((await cli(['scan', '--projects', 'web', '--format', 'sarif'])).code).toBe(1);
    expect((await cli(['scan', '--affected', '--base', 'HEAD~1', '--verbose'])).code).toBe(1);
    expect((await cli(['scan', '--format', 'sarif', '--output', '../scan.sarif', '--exit-code', '0'])).code).toBe(0);
    expect((await cli(['scan', '--history', '--format', 'json', '--output', '../history.json'])).code).toBe(1);
    expect(existsSync(join(base, 'scan.sarif'))).toBe(true);
    expectNoLeaks(stepLeaks());
  });

  it('the built bin: scan text, json history, staged', () => {
    expect(bin(['scan']).code).toBe(1);
    expect(bin(['scan', '--history', '--format', 'json']).code).toBe(1);
    const staged = bin(['scan', '--staged']);
    expect(staged.code).toBe(1);
    expect(staged.out + staged.err).toContain('apps/api/staged.env:1');
    expectNoLeaks(stepLeaks());
  });

  it('hook install and a blocked commit', async () => {
    expect((await cli(['hook', 'install', '--git'], { env: gitEnv })).code).toBe(0);
    const commit = spawnSync('git', ['commit', '-q', '-m', 'add staged'], { cwd: repo, encoding: 'utf8', env: gitEnv });
    expect(commit.status).toBe(1);
    expect(commit.stderr).toContain('commit blocked');
    record('git commit (pre-commit hook stdout)', commit.stdout);
    record('git commit (pre-commit hook stderr)', commit.stderr);
    expect((await cli(['hook', 'uninstall', '--git'], { env: gitEnv })).code).toBe(0);
    expectNoLeaks(stepLeaks());
  });

  it('baseline, baseline add, baseline prune; scans against the baseline', async () => {
    expect((await cli(['baseline', '--output', '../baseline.json', '--verbose'])).code).toBe(0);
    const first = findings[0];
    expect(first).toBeDefined();
    expect((await cli(['baseline', 'add', first!.fingerprint, '--baseline', '../added.json', '--reason', 'test fixture'])).code).toBe(0);
    expect((await cli(['baseline', 'prune', '--baseline', '../baseline.json', '--verbose'])).code).toBe(0);
    expect((await cli(['scan', '--baseline', '../added.json', '--verbose'])).code).toBe(1);
    expect((await cli(['scan', '--baseline', '../baseline.json', '--format', 'json'])).code).toBe(0);
    expectNoLeaks(stepLeaks());
  });

  it('config explain on every finding', async () => {
    const lines = [...new Set(findings.map((f) => `${f.file}:${f.line}`))];
    for (const location of lines) expect((await cli(['config', 'explain', location])).code, location).toBe(0);
    expectNoLeaks(stepLeaks());
  });

  it('the interactive session: rows, autosaved decisions, rewrite previews', async () => {
    const services = createLiveServices({ root: repo, io: fakeIo(repo), storesEnv: sandbox.env, history: true });
    const outcome = await services.scan(() => {}, new AbortController().signal);
    record('session rows', JSON.stringify(outcome.rows));
    record('session items', JSON.stringify(outcome.items));
    let state = initialReviewState(outcome.rows, outcome.resumed);
    state = reviewReducer(state, { type: 'accept' });
    await services.save(state.decisions);
    for (const item of outcome.items) record(`preview ${item.id}`, JSON.stringify(await services.previewRewrite(item.id, { store: item.store, name: item.name })));
    expect(existsSync(join(repo, '.unleak', 'session.json'))).toBe(true);
    expectNoLeaks(stepLeaks());
  });

  it('migrate writes value-free plans; apply --dry-run prints redacted writes and diffs', async () => {
    expect((await cli(['migrate', '.', '--plan-out', '../plan-without-history.yaml'])).code).toBe(0);
    expect((await cli(['migrate', '.', '--history', '--plan-out', '../plan.yaml'])).code).toBe(0);
    expect(readText(join(base, 'plan.yaml'))).toContain('store: vault');
    for (const plan of ['../plan.yaml', '../plan-without-history.yaml']) {
      const dry = await cli(['apply', plan, '--dry-run'], { env: withUserCredentials(sandbox.env) });
      expect(dry.code, dry.err).toBe(0);
      expect(dry.out).toContain('Source changes (secrets redacted)');
    }
    expectNoLeaks(stepLeaks());
  });

  it('store failures (sandbox faults) and the sandbox command itself', async () => {
    const copy = join(base, 'faulty');
    cpSync(repo, copy, { recursive: true });
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const sandboxIo = fakeIo(base);
    const serving = serveSandbox(['--port', '0', '--faults', 'error500=1,seed=3'], sandboxIo, stopped);
    await expect.poll(() => sandboxIo.out, { timeout: 5_000 }).toContain('VAULT_TOKEN');
    const env = Object.fromEntries([...sandboxIo.out.matchAll(/^export (\w+)=(\S+)$/gm)].map((m) => [m[1], m[2]]));
    expect((await cli(['migrate', 'faulty', '--plan-out', 'faulty-plan.yaml'], { cwd: base })).code).toBe(0);
    const refused = await cli(['apply', 'faulty-plan.yaml', '--yes'], { cwd: base, env: { ...withUserCredentials(sandbox.env), AWS_ACCESS_KEY_ID: 'UNLEAKWRONGKEYID0000', VAULT_TOKEN: secrets.envVaultToken.value } });
    expect(refused.code).toBe(2);
    const firstItem = /^\s+- id: (item-\w+)/m.exec(readText(join(base, 'faulty-plan.yaml')))?.[1] ?? '';
    const failed = await cli(['apply', 'faulty-plan.yaml', '--yes', '--only', firstItem], { cwd: base, env });
    expect(failed.code, failed.err).toBe(2);
    stop();
    expect(await serving).toBe(0);
    record('unleak sandbox (stdout)', sandboxIo.out);
    record('unleak sandbox (stderr)', sandboxIo.err);
    expectNoLeaks(stepLeaks());
  }, 40_000);

  it('Ctrl-C during apply (built bin): exit 130, nothing printed leaks', async () => {
    const copy = join(base, 'interrupted');
    cpSync(repo, copy, { recursive: true });
    expect((await cli(['migrate', 'interrupted', '--plan-out', 'interrupted-plan.yaml'], { cwd: base })).code).toBe(0);
    const slow = await startSandbox({ port: 0, faults: 'latency=150ms' });
    try {
      const child = spawn(process.execPath, [unleakBin, 'apply', 'interrupted-plan.yaml', '--yes'], { cwd: base, env: { ...gitEnv, ...slow.env } });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        if (err.includes('✓') && !child.killed) child.kill('SIGINT');
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code, err).toBe(130);
      record('bin apply interrupted (stdout)', out);
      record('bin apply interrupted (stderr)', err);
    } finally {
      await slow.close();
    }
    expectNoLeaks(stepLeaks());
  });

  it('apply --yes, re-apply, rollback; backups are 0600 under a git-ignored .unleak/', async () => {
    const applied = await cli(['apply', '../plan.yaml', '--yes'], { env: withUserCredentials(sandbox.env) });
    expect(applied.code, applied.err).toBe(0);
    const again = await cli(['apply', '../plan.yaml', '--yes'], { env: sandbox.env });
    expect(again.code).toBe(0);
    expect((statSync(join(repo, '.unleak', 'backup')).mode & 0o777).toString(8)).toBe('700');
    const backups = filesUnder(join(repo, '.unleak', 'backup'), () => false);
    expect(backups.length).toBeGreaterThan(0);
    // negative control on real files: the backups are the rollback copy, so the checker must see values there
    expect(backups.flatMap((b) => findLeaks(b, readText(join(repo, '.unleak', 'backup', b)))).length).toBeGreaterThan(0);
    for (const b of backups) {
      const abs = join(repo, '.unleak', 'backup', b);
      expect((statSync(abs).mode & 0o777).toString(8), b).toBe('600');
      expect(spawnSync('git', ['check-ignore', '-q', abs], { cwd: repo, env: gitEnv }).status, b).toBe(0);
    }
    record('sandbox state view', JSON.stringify(sandbox.state()));
    record('sandbox state file', readText(join(base, 'sandbox-state.json')));
    const report = readText(join(repo, 'unleak-report.md'));
    expect(report).toContain(redact(secrets.historyOnly.value));
    record('unleak-report.md (before rollback)', report);
    expect(sandbox.state().vault.length).toBeGreaterThan(0);
    const rolled = await cli(['rollback', '../plan.yaml', '--yes'], { env: withUserCredentials(sandbox.env) });
    expect(rolled.code, rolled.err).toBe(0);
    expectNoLeaks(stepLeaks());
  });

  it('a value edited since the plan, and a different value already stored under an item\'s name', async () => {
    const copy = join(base, 'faulty');
    writeFileSync(join(copy, '.env'), readText(join(copy, '.env')).replace(secrets.envPassword.value, secrets.changed.value));
    const stale = await cli(['apply', 'faulty-plan.yaml', '--dry-run'], { cwd: base, env: sandbox.env });
    expect(stale.out + stale.err).toContain('.env:4');
    expect((await cli(['migrate', 'faulty', '--plan-out', 'changed-plan.yaml'], { cwd: base })).code).toBe(0);
    const dbPassword = (plan: Awaited<ReturnType<typeof readPlanFile>>['plan']) => plan.items.find((i) => i.members.some((m) => m.file === '.env') && i.name.includes('db-password'));
    const changedItem = dbPassword((await readPlanFile(join(base, 'changed-plan.yaml'))).plan);
    const originalItem = dbPassword((await readPlanFile(join(base, 'plan.yaml'))).plan);
    expect(changedItem?.name).toBe(originalItem?.name);
    const stored = await cli(['apply', 'changed-plan.yaml', '--yes', '--only', changedItem!.id], { cwd: base, env: sandbox.env });
    expect(stored.code, stored.err).toBe(0);
    const conflict = await cli(['apply', '../plan.yaml', '--yes', '--only', originalItem!.id], { env: sandbox.env });
    expect(conflict.code).toBe(2);
    expect(conflict.err).toContain(originalItem!.name);
    expectNoLeaks(stepLeaks());
  });

  it('error paths: bad flags, bad plan, bad config, unknown fingerprint, unknown revision', async () => {
    writeFileSync(join(base, 'broken-plan.yaml'), `version: 3\nid: "x y"\nroot: repo\nitems:\n  - id: a\n    store: dropbox\n    name: ${secrets.githubPat.value.slice(0, 3)}\n`);
    inputs.add('broken-plan.yaml');
    const runs: string[][] = [
      ['scan', '--format', 'xml'],
      ['scan', '--bogus'],
      ['scan', '--config', '../bad-config.yaml'],
      ['scan', '--diff', 'no-such-rev...HEAD'],
      ['migrate', '.', '--config', '../bad-config.yaml', '--plan-out', '../never.yaml'],
      ['apply', '../broken-plan.yaml', '--yes'],
      ['apply', '../plan.yaml', '--yes', '--only', 'item-nope'],
      ['config', 'explain', 'no-such-file.ts:1'],
      ['baseline', 'add', 'v1:00000000000000000000', '--baseline', '../never.json'],
      ['rollback', '../missing-plan.yaml', '--yes'],
    ];
    for (const args of runs) {
      const r = await cli(args, { env: withUserCredentials(sandbox.env) });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).not.toMatch(/\n\s+at /);
    }
    // with UNLEAK_DEBUG an internal error prints its stack; a value must not be in that either
    for (const args of runs) await cli(args, { env: { ...withUserCredentials(sandbox.env), UNLEAK_DEBUG: '1' } });
    expectNoLeaks(stepLeaks());
  });

  it('no file written outside the stores holds a value (backups excepted)', () => {
    const copied = (rel: string) => /^(faulty|interrupted)\//.test(rel) && inputs.has(rel.replace(/^(faulty|interrupted)\//, 'repo/'));
    const skip = (rel: string) => /(^|\/)(\.git|node_modules|\.unleak\/backup)$/.test(rel);
    const written = filesUnder(base, skip).filter((rel) => !inputs.has(rel) && !copied(rel) && rel !== 'sandbox-state.json.key');
    expect(written).toEqual(expect.arrayContaining(['plan.yaml', 'scan.sarif', 'baseline.json', 'repo/.unleak/journal', 'repo/.unleak/session.json', 'repo/.unleak/audit.log', 'repo/.unleak/policies/api.iam.json', 'sandbox-state.json']));
    for (const rel of written) record(rel, readText(join(base, rel)));
    expectNoLeaks(stepLeaks());
  });
});
