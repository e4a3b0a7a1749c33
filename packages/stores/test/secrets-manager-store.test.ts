import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fake, StoreError } from '@unleak/core';
import { CreateSecretCommand, DeleteSecretCommand, GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { clientRequestToken } from '@unleak/stores';
import { harness, item, type Harness } from './helpers.js';

describe('Secrets Manager writer (against the sandbox)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ settings: { secretsManager: { kmsKeyId: 'alias/unleak-test' } } });
  });
  afterAll(async () => h.close());

  const sm = () => h.stores['secrets-manager'];
  const raw = () => new SecretsManagerClient({ region: h.sandbox.region, endpoint: h.sandbox.url, credentials: h.sandbox.credentials });
  const view = (name: string) => h.sandbox.state().secrets.find((s) => s.name === name);

  it('creates with the deterministic ClientRequestToken as VersionId, KMS key, tags, ARN', async () => {
    const it1 = item('secrets-manager', 'prod/app/stripe');
    const result = await sm().put(it1);
    const token = clientRequestToken(it1.planId, it1.fingerprint, 'create');
    expect(result).toMatchObject({ outcome: 'created', version: token, verified: true, reference: 'prod/app/stripe', warnings: [] });
    expect(result.arn).toMatch(new RegExp(`^arn:aws:secretsmanager:${h.sandbox.region}:${h.sandbox.accountId}:secret:prod/app/stripe-[A-Za-z0-9]{6}$`));
    const v = view(it1.name);
    expect(v?.kmsKeyId).toBe('alias/unleak-test');
    expect(v?.tags).toEqual(expect.arrayContaining([{ Key: 'managed-by', Value: 'unleak' }, { Key: 'unleak:fingerprint', Value: it1.fingerprint }]));
    expect(v?.versions).toEqual([{ id: token, stages: ['AWSCURRENT'], kind: 'string' }]);
  });

  it('the token is UUID-shaped, 36 characters, stable per plan + fingerprint', () => {
    const a = clientRequestToken('plan-1', 'abc', 'create');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(clientRequestToken('plan-1', 'abc', 'create')).toBe(a);
    expect(clientRequestToken('plan-2', 'abc', 'create')).not.toBe(a);
    expect(clientRequestToken('plan-1', 'abc', 'update')).not.toBe(a);
  });

  it('stores grouped credentials as a JSON SecretString and treats reordered JSON as unchanged', async () => {
    const password = fake.password(18, 'db');
    const it1 = item('secrets-manager', 'prod/app/db', { raw: JSON.stringify({ username: 'app', password, host: 'db.internal', port: '5432' }) });
    await sm().put(it1);
    const got = await sm().get(it1.name);
    expect(JSON.parse(got?.reveal() ?? '{}')).toMatchObject({ username: 'app', password });
    const reordered = item('secrets-manager', 'prod/app/db', { raw: JSON.stringify({ port: '5432', host: 'db.internal', password, username: 'app' }) });
    await expect(sm().put(reordered)).resolves.toMatchObject({ outcome: 'unchanged' });
  });

  it('same value → unchanged; different → Conflict; overwrite → PutSecretValue keeping AWSPREVIOUS', async () => {
    const first = item('secrets-manager', 'prod/app/rotate-me');
    const created = await sm().put(first);
    await expect(sm().put(first)).resolves.toMatchObject({ outcome: 'unchanged', version: created.version });
    const second = item('secrets-manager', 'prod/app/rotate-me');
    const error = await sm().put(second).catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('Conflict');
    expect((error as StoreError).message).toMatch(/--overwrite.*another name/);
    const updated = await sm().put(second, { overwrite: true });
    expect(updated.outcome).toBe('updated');
    const versions = view(first.name)?.versions ?? [];
    expect(versions).toHaveLength(2);
    expect(versions.find((v) => v.id === created.version)?.stages).toEqual(['AWSPREVIOUS']);
    expect(versions.find((v) => v.id === updated.version)?.stages).toEqual(['AWSCURRENT']);
    const previous = await raw().send(new GetSecretValueCommand({ SecretId: first.name, VersionStage: 'AWSPREVIOUS' }));
    expect(previous.SecretString).toBe(first.raw);
  });

  it('a name scheduled for deletion gives the restore-secret command or a rename', async () => {
    await raw().send(new CreateSecretCommand({ Name: 'prod/app/old', SecretString: 'old-value-here' }));
    await raw().send(new DeleteSecretCommand({ SecretId: 'prod/app/old', RecoveryWindowInDays: 7 }));
    const error = await sm().put(item('secrets-manager', 'prod/app/old')).catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('ScheduledForDeletion');
    expect((error as StoreError).message).toContain('aws secretsmanager restore-secret --secret-id prod/app/old');
    expect((error as StoreError).message).toContain('choose another name');
  });

  it('validates names and sizes before any call, and warns about ARN-suffix lookalikes', async () => {
    const before = JSON.stringify(h.sandbox.state().requests);
    await expect(sm().put(item('secrets-manager', 'prod app'))).rejects.toThrow("Secrets Manager secret name 'prod app' has a space");
    await expect(sm().put(item('secrets-manager', 'x'.repeat(513)))).rejects.toThrow(/513 characters; the limit is 512/);
    await expect(sm().put(item('secrets-manager', 'prod/big', { raw: 'C'.repeat(65_537) }))).rejects.toThrow(/65537 bytes/);
    expect(JSON.stringify(h.sandbox.state().requests)).toBe(before);
    const result = await sm().put(item('secrets-manager', 'prod/app/key-abc123'));
    expect(result.warnings[0]).toMatch(/looks like an ARN suffix/);
  });

  it('sets up rotation with the configured Lambda when asked', async () => {
    const r = await harness({ settings: { secretsManager: { rotation: { lambdaArn: 'arn:aws:lambda:us-east-1:000000000000:function:rotator', scheduleExpression: 'rate(30 days)' } } } });
    try {
      const it1 = item('secrets-manager', 'prod/app/rotating');
      await r.stores['secrets-manager'].put(it1);
      const secret = r.sandbox.state().secrets.find((s) => s.name === it1.name);
      expect(secret?.rotation).toMatchObject({ lambdaArn: 'arn:aws:lambda:us-east-1:000000000000:function:rotator', enabled: true });
      expect(r.audit.records.some((a) => a.op === 'rotate' && a.result === 'enabled')).toBe(true);
      expect((await r.stores['secrets-manager'].get(it1.name))?.reveal()).toBe(it1.raw);
    } finally {
      await r.close();
    }
  });

  it('a rotation that cannot be set up is a warning; the value is still stored and verified', async () => {
    const r = await harness({ settings: { secretsManager: { rotation: { lambdaArn: '', automaticallyAfterDays: 30 } } } });
    try {
      const result = await r.stores['secrets-manager'].put(item('secrets-manager', 'prod/app/no-rotator'));
      expect(result).toMatchObject({ outcome: 'created', verified: true });
      expect(result.warnings.join(' ')).toMatch(/rotation was not set up for Secrets Manager secret 'prod\/app\/no-rotator'/);
      expect(r.audit.records.at(-1)).toMatchObject({ op: 'rotate', result: 'failed' });
    } finally {
      await r.close();
    }
  });

  it('remove: only managed secrets, with a recovery window unless forced', async () => {
    const ours = item('secrets-manager', 'prod/app/temp');
    await sm().put(ours);
    expect(await sm().remove(ours.name)).toBe('removed');
    expect(view(ours.name)?.scheduledForDeletion).toBe(true);
    const forced = item('secrets-manager', 'prod/app/temp2');
    await sm().put(forced);
    expect(await sm().remove(forced.name, { force: true })).toBe('removed');
    expect(view(forced.name)).toBeUndefined();
    await raw().send(new CreateSecretCommand({ Name: 'prod/app/theirs', SecretString: 'theirs-value-here' }));
    const error = await sm().remove('prod/app/theirs').catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('NotManaged');
    expect(view('prod/app/theirs')?.scheduledForDeletion).toBe(false);
  });
});
