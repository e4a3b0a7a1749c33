import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from '@unleak/core';
import { SSMClient, GetParameterCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import { createStores, MemoryAuditLog } from '@unleak/stores';
import { FAST_RETRY, harness, item, type Harness } from './helpers.js';

describe('SSM Parameter Store writer (against the sandbox)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(async () => h.close());

  const raw = () => new SSMClient({ region: h.sandbox.region, endpoint: h.sandbox.url, credentials: h.sandbox.credentials });

  it('creates a SecureString, tagged, Standard tier, verified by read-back', async () => {
    const it1 = item('ssm-secure', '/app/prod/db/password');
    const result = await h.stores['ssm-secure'].put(it1);
    expect(result).toMatchObject({ outcome: 'created', version: '1', verified: true, reference: '/app/prod/db/password' });
    expect(result.arn).toBe(`arn:aws:ssm:${h.sandbox.region}:${h.sandbox.accountId}:parameter/app/prod/db/password`);
    const view = h.sandbox.state().parameters.find((p) => p.name === it1.name);
    expect(view).toMatchObject({ type: 'SecureString', tier: 'Standard', versions: [1] });
    expect(view?.tags).toMatchObject({ 'managed-by': 'unleak', 'unleak:fingerprint': it1.fingerprint, 'unleak:plan': 'plan-test-1', 'unleak:source': 'src/config.ts:12' });
    expect((await h.stores['ssm-secure'].get(it1.name))?.reveal()).toBe(it1.raw);
  });

  it('SecureString read without decryption is not the plaintext', async () => {
    const it1 = item('ssm-secure', '/app/prod/api/key');
    await h.stores['ssm-secure'].put(it1);
    const out = await raw().send(new GetParameterCommand({ Name: it1.name, WithDecryption: false }));
    expect(out.Parameter?.Value).toBeDefined();
    expect(out.Parameter?.Value).not.toBe(it1.raw);
    expect(out.Parameter?.Value).not.toContain(it1.raw);
  });

  it('writes String parameters for ssm-string, with a KMS key only on SecureString', async () => {
    const it1 = item('ssm-string', '/app/prod/api/url', { raw: 'https://api.example.com/v1' });
    const result = await h.stores['ssm-string'].put(it1);
    expect(result.outcome).toBe('created');
    expect(h.sandbox.state().parameters.find((p) => p.name === it1.name)).toMatchObject({ type: 'String' });
  });

  it('passes the configured KMS key with SecureString only', async () => {
    const k = await harness({ settings: { ssm: { kmsKeyId: 'alias/unleak-test' } } });
    try {
      await k.stores['ssm-secure'].put(item('ssm-secure', '/kms/secure'));
      await k.stores['ssm-string'].put(item('ssm-string', '/kms/plain'));
      const params = k.sandbox.state().parameters;
      expect(params.find((p) => p.name === '/kms/secure')?.keyId).toBe('alias/unleak-test');
      expect(params.find((p) => p.name === '/kms/plain')?.keyId).toBeUndefined();
    } finally {
      await k.close();
    }
  });

  it('same value again is an unchanged no-op (no new version)', async () => {
    const it1 = item('ssm-secure', '/app/prod/noop');
    await h.stores['ssm-secure'].put(it1);
    const again = await h.stores['ssm-secure'].put(it1);
    expect(again).toMatchObject({ outcome: 'unchanged', version: '1', verified: true });
    expect(h.sandbox.state().parameters.find((p) => p.name === it1.name)?.versions).toEqual([1]);
  });

  it('a different value is a Conflict naming --overwrite, and overwrite makes version 2 without re-tagging', async () => {
    const first = item('ssm-secure', '/app/prod/conflict');
    await h.stores['ssm-secure'].put(first);
    const second = item('ssm-secure', '/app/prod/conflict');
    const error = await h.stores['ssm-secure'].put(second).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('Conflict');
    expect((error as StoreError).message).toMatch(/'\/app\/prod\/conflict'.*--overwrite/);
    const updated = await h.stores['ssm-secure'].put(second, { overwrite: true });
    expect(updated).toMatchObject({ outcome: 'updated', version: '2' });
    expect((await h.stores['ssm-secure'].get(second.name))?.reveal()).toBe(second.raw);
  });

  it('the same value stored as String is a Conflict for ssm-secure until overwritten as SecureString', async () => {
    const plain = item('ssm-string', '/app/prod/was-plain');
    await h.stores['ssm-string'].put(plain);
    const secure = { ...plain, store: 'ssm-secure' as const };
    await expect(h.stores['ssm-secure'].put(secure)).rejects.toThrow(/as String, not SecureString; pass --overwrite/);
    await expect(h.stores['ssm-secure'].put(secure, { overwrite: true })).resolves.toMatchObject({ outcome: 'updated', version: '2' });
    expect(h.sandbox.state().parameters.find((p) => p.name === plain.name)).toMatchObject({ type: 'SecureString', versions: [1, 2] });
    const encrypted = await raw().send(new GetParameterCommand({ Name: plain.name, WithDecryption: false }));
    expect(encrypted.Parameter?.Value).not.toBe(plain.raw);
  });

  it('chooses the Advanced tier above 4 KB and refuses above 8 KB before any call', async () => {
    const big = item('ssm-secure', '/app/prod/cert', { raw: 'A'.repeat(5000) });
    await expect(h.stores['ssm-secure'].put(big)).resolves.toMatchObject({ outcome: 'created' });
    expect(h.sandbox.state().parameters.find((p) => p.name === big.name)?.tier).toBe('Advanced');
    const before = h.sandbox.state().requests['ssm.PutParameter'] ?? 0;
    const huge = item('ssm-secure', '/app/prod/huge', { raw: 'B'.repeat(9000) });
    await expect(h.stores['ssm-secure'].put(huge)).rejects.toThrow(/9000 bytes.*Secrets Manager/);
    expect(h.sandbox.state().requests['ssm.PutParameter'] ?? 0).toBe(before);
  });

  it('validates names before calling AWS', async () => {
    const before = JSON.stringify(h.sandbox.state().requests);
    await expect(h.stores['ssm-secure'].put(item('ssm-secure', '/a b'))).rejects.toThrow("SSM parameter name '/a b' has a space; names allow a-zA-Z0-9_.-/");
    await expect(h.stores['ssm-secure'].put(item('ssm-secure', '/aws/thing'))).rejects.toThrow(/reserves/);
    await expect(h.stores['ssm-secure'].get('app/db')).rejects.toThrow(/leading '\/'/);
    expect(JSON.stringify(h.sandbox.state().requests)).toBe(before);
  });

  it('remove deletes what unleak created and refuses an unmarked parameter, saying so', async () => {
    const ours = item('ssm-secure', '/app/prod/remove-me');
    await h.stores['ssm-secure'].put(ours);
    expect(await h.stores['ssm-secure'].remove(ours.name)).toBe('removed');
    expect(await h.stores['ssm-secure'].exists(ours.name)).toBe(false);
    expect(await h.stores['ssm-secure'].remove(ours.name)).toBe('absent');

    await raw().send(new PutParameterCommand({ Name: '/app/prod/theirs', Value: 'not-ours-value', Type: 'String' }));
    const error = await h.stores['ssm-string'].remove('/app/prod/theirs').catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('NotManaged');
    expect((error as StoreError).message).toMatch(/not created by unleak.*managed-by=unleak/);
    expect(await h.stores['ssm-string'].exists('/app/prod/theirs')).toBe(true);
  });

  it('unknown credentials are a one-line Credentials error naming the fix', async () => {
    const stores = createStores({ retry: FAST_RETRY }, { ...h.sandbox.env, AWS_ACCESS_KEY_ID: 'AKIDUNKNOWN' }, new MemoryAuditLog());
    const error = await stores['ssm-secure'].get('/app/prod/db/password').catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('Credentials');
    expect((error as StoreError).message).toMatch(/^AWS rejected or could not find credentials for ssm:GetParameter \(UnrecognizedClientException\); set AWS_PROFILE/);
    expect((error as StoreError).message).not.toContain('\n');
  });

  it('describe reports tags, version and ownership without the value', async () => {
    const it1 = item('ssm-secure', '/app/prod/describe');
    await h.stores['ssm-secure'].put(it1);
    const d = await h.stores['ssm-secure'].describe(it1.name);
    expect(d).toMatchObject({ version: '1', managedByUnleak: true, reference: it1.name });
    expect(JSON.stringify(d)).not.toContain(it1.raw);
  });
});
