import { CreateSecretCommand, GetSecretValueCommand, PutSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { GetParameterCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import { fake } from '@unleak/core';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFaults, startSandbox } from '../src/index.js';
import { rejection, secretsClient, ssmClient, vaultClient } from './clients.js';

const dir = mkdtempSync(join(tmpdir(), 'unleak-sandbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--state persistence', () => {
  it('keeps all three stores across a restart, with values encrypted at rest', async () => {
    const file = join(dir, 'state.json');
    const ssmValue = fake.password(24, 'persist-ssm');
    const smValue = fake.password(24, 'persist-sm');
    const vaultValue = fake.password(24, 'persist-vault');
    const plainValue = fake.password(24, 'persist-plain');

    const first = await startSandbox({ stateFile: file });
    const ssm = ssmClient(first);
    const sm = secretsClient(first);
    await ssm.send(new PutParameterCommand({ Name: '/persist/p', Value: ssmValue, Type: 'SecureString', Tags: [{ Key: 'managed-by', Value: 'unleak' }] }));
    await ssm.send(new PutParameterCommand({ Name: '/persist/plain', Value: plainValue, Type: 'String' }));
    const created = await sm.send(new CreateSecretCommand({ Name: 'persist/s', SecretString: smValue }));
    await vaultClient(first).write('secret/data/persist/v', { data: { password: vaultValue } });
    ssm.destroy();
    sm.destroy();
    await first.close();

    const onDisk = readFileSync(file, 'utf8');
    for (const value of [ssmValue, smValue, vaultValue, plainValue]) expect(onDisk).not.toContain(value);
    expect(statSync(`${file}.key`).mode & 0o077).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const second = await startSandbox({ stateFile: file });
    const ssm2 = ssmClient(second);
    const sm2 = secretsClient(second);
    expect((await ssm2.send(new GetParameterCommand({ Name: '/persist/p', WithDecryption: true }))).Parameter?.Value).toBe(ssmValue);
    const secret = await sm2.send(new GetSecretValueCommand({ SecretId: 'persist/s' }));
    expect(secret).toMatchObject({ SecretString: smValue, ARN: created.ARN });
    expect((await vaultClient(second).read('secret/data/persist/v')).data.data).toEqual({ password: vaultValue });
    expect(second.state().parameters.find((p) => p.name === '/persist/p')?.tags).toEqual({ 'managed-by': 'unleak' });
    expect(second.state().writes).toEqual({ ssm: 2, secretsManager: 1, vault: 1 });
    expect((await ssm2.send(new GetParameterCommand({ Name: '/persist/plain' }))).Parameter?.Value).toBe(plainValue);
    ssm2.destroy();
    sm2.destroy();
    await second.close();
  });

  it('enforces the 10,000 standard-parameter quota (state seeded through the file)', async () => {
    const file = join(dir, 'quota.json');
    const seed = await startSandbox({ stateFile: file });
    const ssm = ssmClient(seed);
    await ssm.send(new PutParameterCommand({ Name: '/quota/template', Value: 'v', Type: 'String' }));
    ssm.destroy();
    await seed.close();
    const body = JSON.parse(readFileSync(file, 'utf8')) as { state: { ssm: Record<string, { name: string }> } };
    const template = body.state.ssm['/quota/template'];
    for (let i = 1; i < 10_000; i++) body.state.ssm[`/quota/p${i}`] = { ...structuredClone(template!), name: `/quota/p${i}` };
    writeFileSync(file, JSON.stringify(body));

    const full = await startSandbox({ stateFile: file });
    const client = ssmClient(full);
    const e = await rejection(() => client.send(new PutParameterCommand({ Name: '/quota/one-more', Value: 'v', Type: 'String' })));
    expect(e.name).toBe('ParameterLimitExceeded');
    expect((await client.send(new PutParameterCommand({ Name: '/quota/advanced', Value: 'v', Type: 'String', Tier: 'Advanced' }))).Tier).toBe('Advanced');
    client.destroy();
    await full.close();
  });

  it('refuses a state file that is not sandbox state, naming the file', async () => {
    const file = join(dir, 'not-state.json');
    await (await startSandbox({ stateFile: file })).close();
    writeFileSync(file, '{"hello":1}');
    await expect(startSandbox({ stateFile: file })).rejects.toThrow(/not-state\.json: is not an unleak sandbox state file/);
  });

  it('refuses a state file it cannot write, and one whose key is missing', async () => {
    writeFileSync(join(dir, 'a-file'), '');
    await expect(startSandbox({ stateFile: join(dir, 'a-file', 'state.json') })).rejects.toThrow(/state\.json: cannot be written \((ENOTDIR|EEXIST)\)/);
    const nested = await startSandbox({ stateFile: join(dir, 'new', 'dir', 'state.json') });
    await nested.close();
    expect(statSync(join(dir, 'new', 'dir', 'state.json')).isFile()).toBe(true);
    const file = join(dir, 'keyless.json');
    await (await startSandbox({ stateFile: file })).close();
    rmSync(`${file}.key`);
    await expect(startSandbox({ stateFile: file })).rejects.toThrow(/sealing key .*keyless\.json\.key is missing/);
  });
});

describe('--faults', () => {
  it('parses the documented spec and rejects bad specs with one clear line', () => {
    expect(parseFaults('latency=250ms,throttle=0.2,error500=0.05,drop-after-commit=0.05,seed=7')).toEqual({ latencyMs: 250, throttle: 0.2, error500: 0.05, dropAfterCommit: 0.05, seed: 7 });
    expect(parseFaults('latency=2s').latencyMs).toBe(2000);
    expect(() => parseFaults('throttle=2')).toThrow("--faults: throttle '2' must be a probability between 0 and 1");
    expect(() => parseFaults('explode=1')).toThrow(/unknown fault 'explode'/);
    expect(() => parseFaults('latency')).toThrow(/is not key=value/);
  });

  it('throttles SSM writes with TooManyUpdates and reads with ThrottlingException', async () => {
    const sandbox = await startSandbox({ faults: 'throttle=1' });
    const ssm = ssmClient(sandbox);
    expect((await rejection(() => ssm.send(new PutParameterCommand({ Name: '/t', Value: 'v', Type: 'String' })))).name).toBe('TooManyUpdates');
    expect((await rejection(() => ssm.send(new GetParameterCommand({ Name: '/t' })))).name).toBe('ThrottlingException');
    const sm = secretsClient(sandbox);
    expect((await rejection(() => sm.send(new GetSecretValueCommand({ SecretId: 'x' })))).name).toBe('ThrottlingException');
    expect((await rejection(() => vaultClient(sandbox).read('secret/data/x'))).response?.statusCode).toBe(429);
    expect(sandbox.state().writes.ssm).toBe(0);
    ssm.destroy();
    sm.destroy();
    await sandbox.close();
  });

  it('answers 500 with error500, and the SDK surfaces InternalServerError', async () => {
    const sandbox = await startSandbox({ faults: 'error500=1' });
    const ssm = ssmClient(sandbox);
    const e = await rejection(() => ssm.send(new GetParameterCommand({ Name: '/t' })));
    expect(e.name).toBe('InternalServerError');
    expect(e.$metadata?.httpStatusCode).toBe(500);
    expect((await rejection(() => vaultClient(sandbox).read('secret/data/x'))).response?.statusCode).toBe(500);
    ssm.destroy();
    await sandbox.close();
  });

  it('converges under a seeded throttle rate with the SDK\'s own retries', async () => {
    // seed 2 at 30% throttles exactly the third request; the SDK backs off and retries it.
    const sandbox = await startSandbox({ faults: 'throttle=0.3,seed=2' });
    const sm = secretsClient(sandbox, 3);
    for (let i = 0; i < 3; i++) await sm.send(new CreateSecretCommand({ Name: `converge/${i}`, SecretString: `v${i}` }));
    for (let i = 0; i < 3; i++) expect((await sm.send(new GetSecretValueCommand({ SecretId: `converge/${i}` }))).SecretString).toBe(`v${i}`);
    const state = sandbox.state();
    expect(state.faults.throttle).toBe(1);
    expect(state.requests['secretsManager.CreateSecret']).toBe(4);
    expect(state.secrets.map((s) => s.versions.length)).toEqual([1, 1, 1]);
    sm.destroy();
    await sandbox.close();
  });

  it('drop-after-commit applies the mutation then hangs up; a retried CreateSecret with the same token yields one version', async () => {
    const sandbox = await startSandbox({ faults: 'drop-after-commit=1' });
    const sm = secretsClient(sandbox, 1);
    const token = `unleak-${fake.hex(32, 'drop')}`;
    const first = await rejection(() => sm.send(new CreateSecretCommand({ Name: 'dropped', SecretString: 'value-1', ClientRequestToken: token })));
    expect(first.message).toMatch(/socket hang up|ECONNRESET/);
    const retry = await rejection(() => sm.send(new CreateSecretCommand({ Name: 'dropped', SecretString: 'value-1', ClientRequestToken: token })));
    expect(retry.message).toMatch(/socket hang up|ECONNRESET/);
    const put = await rejection(() => sm.send(new PutSecretValueCommand({ SecretId: 'dropped', SecretString: 'value-1', ClientRequestToken: token })));
    expect(put.message).toMatch(/socket hang up|ECONNRESET/);
    const secret = sandbox.state().secrets.find((s) => s.name === 'dropped');
    expect(secret?.versions).toEqual([{ id: token, stages: ['AWSCURRENT'], kind: 'string' }]);
    expect(sandbox.state().faults.dropAfterCommit).toBe(3);
    sm.destroy();
    await sandbox.close();
  });

  it('drop-after-commit at a seeded rate: SDK retries with the same token converge without duplicate versions', async () => {
    const sandbox = await startSandbox({ faults: 'drop-after-commit=0.5,seed=3' });
    const sm = secretsClient(sandbox, 6);
    for (let i = 0; i < 4; i++) {
      const name = `retry/${i}`;
      const out = await sm.send(new CreateSecretCommand({ Name: name, SecretString: `v${i}`, ClientRequestToken: `unleak-${fake.hex(32, name)}` }));
      expect(out.VersionId).toBe(`unleak-${fake.hex(32, name)}`);
    }
    const state = sandbox.state();
    expect(state.faults.dropAfterCommit).toBeGreaterThan(0);
    expect(state.secrets.map((s) => s.versions.length)).toEqual([1, 1, 1, 1]);
    sm.destroy();
    await sandbox.close();
  });

  it('adds latency', async () => {
    const sandbox = await startSandbox({ faults: 'latency=60ms' });
    const ssm = ssmClient(sandbox);
    const started = Date.now();
    await rejection(() => ssm.send(new GetParameterCommand({ Name: '/slow' })));
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    ssm.destroy();
    await sandbox.close();
  });
});
