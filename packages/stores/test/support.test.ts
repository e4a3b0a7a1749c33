import { describe, expect, it } from 'vitest';
import { fake, SecretValue, StoreError } from '@unleak/core';
import { backoffDelay, DEFAULT_RETRY_POLICY } from '@unleak/stores';
import { classifyAwsError, mapAwsError } from '../src/aws-errors.js';
import { withRetry } from '../src/retry.js';
import { resolveAws, resolveVault } from '../src/settings.js';
import { sameSecret, scrub } from '../src/scrub.js';
import { awsTags, sanitizeTag, unleakMarks } from '../src/tags.js';
import { decodeVaultData, encodeVaultData } from '../src/vault-data.js';
import { classifyVaultError, mapVaultError } from '../src/vault-errors.js';

const awsError = (name: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(`${name} happened`), { name, ...extra });

describe('retry policy', () => {
  it('full jitter within an exponentially growing, capped ceiling', () => {
    const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelay(1, policy, () => 0.999)).toBe(99);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(200);
    expect(backoffDelay(10, policy, () => 0.999)).toBe(999);
    expect(backoffDelay(2, policy, () => 0)).toBe(0);
    expect(DEFAULT_RETRY_POLICY.maxAttempts).toBeGreaterThan(3);
  });

  const ctx = (waits: number[]) => ({
    policy: { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 100 },
    classify: classifyAwsError,
    exhausted: (_e: unknown, n: number) => new StoreError('Throttled', `gave up after ${n}`),
    sleep: async (ms: number) => void waits.push(ms),
    random: () => 0.5,
  });

  it('retries throttling (including TooManyUpdates) with backoff, then succeeds', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetry(async () => {
      calls++;
      if (calls < 3) throw awsError(calls === 1 ? 'TooManyUpdates' : 'ThrottlingException');
      return 'ok';
    }, ctx(waits), false);
    expect(result).toBe('ok');
    expect(waits).toEqual([5, 10]);
  });

  it('reports persistent throttling after maxAttempts', async () => {
    await expect(withRetry(async () => Promise.reject(awsError('ThrottlingException')), ctx([]), true)).rejects.toThrow('gave up after 4');
  });

  it('resends ambiguous failures only for idempotent calls; never retries fatal ones', async () => {
    let calls = 0;
    const ambiguous = async () => {
      calls++;
      throw awsError('InternalServerError', { $fault: 'server', $metadata: { httpStatusCode: 500 } });
    };
    await expect(withRetry(ambiguous, ctx([]), false)).rejects.toThrow('InternalServerError happened');
    expect(calls).toBe(1);
    await expect(withRetry(ambiguous, ctx([]), true)).rejects.toThrow('gave up after 4');
    calls = 0;
    await expect(withRetry(async () => { calls++; throw awsError('ValidationException'); }, ctx([]), true)).rejects.toThrow('ValidationException');
    expect(calls).toBe(1);
  });
});

describe('AWS error classification and mapping', () => {
  it('classifies', () => {
    expect(classifyAwsError(awsError('TooManyUpdates'))).toBe('throttled');
    expect(classifyAwsError(awsError('Whatever', { $metadata: { httpStatusCode: 429 } }))).toBe('throttled');
    expect(classifyAwsError(Object.assign(new Error('connect refused'), { code: 'ECONNREFUSED' }))).toBe('throttled');
    expect(classifyAwsError(new Error('socket hang up'))).toBe('ambiguous');
    expect(classifyAwsError(awsError('InternalServerError', { $fault: 'server' }))).toBe('ambiguous');
    expect(classifyAwsError(awsError('ParameterAlreadyExists', { $fault: 'client' }))).toBe('fatal');
  });

  const ctx = { action: 'ssm:PutParameter', subject: "SSM parameter '/app/db'", resourceArn: 'arn:aws:ssm:eu-west-1:*:parameter/app/db' };

  it('AccessDenied names the missing action and the resource ARN, from the message when AWS gives them', () => {
    const fromMessage = mapAwsError(
      awsError('AccessDeniedException', { message: 'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ssm:PutParameter on resource: arn:aws:ssm:eu-west-1:111122223333:parameter/app/db because no identity-based policy allows it' }),
      ctx,
    );
    expect(fromMessage.code).toBe('AccessDenied');
    expect(fromMessage.message).toBe('AWS denied ssm:PutParameter on arn:aws:ssm:eu-west-1:111122223333:parameter/app/db; allow ssm:PutParameter on that ARN for the caller (IAM actions are listed in packages/stores/README.md)');
    const bare = mapAwsError(awsError('AccessDeniedException', { message: 'denied' }), ctx);
    expect(bare.message).toContain('ssm:PutParameter on arn:aws:ssm:eu-west-1:*:parameter/app/db');
  });

  it('credentials and KMS problems name the fix; other errors keep the AWS name as code', () => {
    expect(mapAwsError(awsError('UnrecognizedClientException'), ctx).message).toMatch(/AWS_PROFILE/);
    expect(mapAwsError(awsError('InvalidKeyId'), ctx).code).toBe('InvalidKmsKey');
    expect(mapAwsError(awsError('ParameterLimitExceeded'), ctx).code).toBe('ParameterLimitExceeded');
  });

  it('scrubs a value that a service echoed back', () => {
    const value = new SecretValue(fake.alnum(32, 'echo'));
    const mapped = mapAwsError(awsError('ValidationException', { message: `Value '${value.reveal()}' failed to satisfy constraint` }), { ...ctx, value });
    expect(mapped.message).not.toContain(value.reveal());
    expect(mapped.message).toContain(value.redacted);
    expect(scrub('nothing here', value)).toBe('nothing here');
  });
});

describe('Vault error classification and mapping', () => {
  const apiError = (status: number, message: string) => Object.assign(new Error(message), { response: { statusCode: status, body: { errors: [message] } } });
  it('classifies and maps', () => {
    expect(classifyVaultError(apiError(429, 'rate'))).toBe('throttled');
    expect(classifyVaultError(apiError(500, 'boom'))).toBe('ambiguous');
    expect(classifyVaultError(apiError(400, 'bad'))).toBe('fatal');
    const ctx = { capability: 'create', apiPath: 'secret/data/app/db', address: 'http://127.0.0.1:8200' };
    expect(mapVaultError(apiError(403, 'permission denied'), ctx).message).toBe(
      'Vault denied create on secret/data/app/db (permission denied); check VAULT_TOKEN and VAULT_NAMESPACE, and grant ["create"] on path "secret/data/app/db" in the token\'s policy',
    );
    expect(mapVaultError(apiError(503, 'sealed'), ctx).code).toBe('VaultSealed');
    expect(mapVaultError(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }), ctx).message).toMatch(/unreachable.*VAULT_ADDR/);
  });
});

describe('tags', () => {
  it('marks items and sanitises what AWS refuses', () => {
    const marks = unleakMarks({ store: 'ssm-secure', name: '/x', value: new SecretValue('v'.repeat(10)), fingerprint: 'fp', planId: 'plan 1', source: 'src/a#b.ts:3', tags: { team: 'core' } });
    expect(marks).toEqual({ team: 'core', 'managed-by': 'unleak', 'unleak:fingerprint': 'fp', 'unleak:plan': 'plan 1', 'unleak:source': 'src/a#b.ts:3' });
    expect(awsTags(marks).find((t) => t.Key === 'unleak:source')?.Value).toBe('src/a_b.ts:3');
    expect(sanitizeTag('a$b(c)'.repeat(100), 255)).toHaveLength(255);
    expect(() => unleakMarks({ store: 'vault', name: 'x', value: new SecretValue('vvvvvvvv'), fingerprint: 'f', planId: 'p', tags: { 'aws:x': 'y' } })).toThrow(/reserved 'aws:' prefix/);
  });
});

describe('settings from the environment', () => {
  it('service endpoint env vars win over AWS_ENDPOINT_URL; settings win over both; ignore flag respected', () => {
    const env = { AWS_ENDPOINT_URL: 'http://global', AWS_ENDPOINT_URL_SSM: 'http://ssm', AWS_REGION: 'eu-west-1', AWS_PROFILE: 'dev' };
    expect(resolveAws({}, env).endpoints).toEqual({ ssm: 'http://ssm', secretsManager: 'http://global', sts: 'http://global' });
    expect(resolveAws({ aws: { endpoint: 'http://cfg' } }, env).endpoints.ssm).toBe('http://cfg');
    expect(resolveAws({}, { ...env, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' }).endpoints).toEqual({});
    expect(resolveAws({}, env)).toMatchObject({ region: 'eu-west-1', profile: 'dev', credentials: undefined });
    expect(resolveAws({}, { AWS_ACCESS_KEY_ID: 'id', AWS_SECRET_ACCESS_KEY: 'key' }).credentials).toEqual({ accessKeyId: 'id', secretAccessKey: 'key' });
    expect(resolveVault({}, { VAULT_ADDR: 'http://v', VAULT_NAMESPACE: 'ns' })).toEqual({ address: 'http://v', token: undefined, namespace: 'ns', mount: 'secret' });
  });
});

describe('value shapes', () => {
  it('Vault stores JSON objects as keys and other values under `value`', () => {
    expect(encodeVaultData('{"user":"a","password":"b"}')).toEqual({ user: 'a', password: 'b' });
    expect(encodeVaultData('plain')).toEqual({ value: 'plain' });
    expect(encodeVaultData('[1,2]')).toEqual({ value: '[1,2]' });
    expect(decodeVaultData({ value: 'plain' })).toBe('plain');
    expect(decodeVaultData({ user: 'a' })).toBe('{"user":"a"}');
  });

  it('sameSecret ignores JSON key order and spacing only', () => {
    expect(sameSecret('{"a":1,"b":2}', '{ "b": 2, "a": 1 }')).toBe(true);
    expect(sameSecret('{"a":1}', '{"a":2}')).toBe(false);
    expect(sameSecret('abc', 'abc ')).toBe(false);
  });
});
