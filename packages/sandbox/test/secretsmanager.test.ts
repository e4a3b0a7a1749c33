import {
  CreateSecretCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  ListSecretsCommand,
  PutSecretValueCommand,
  RestoreSecretCommand,
  RotateSecretCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateSecretCommand,
  UpdateSecretVersionStageCommand,
  type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { fake } from '@unleak/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { rejection, secretsClient } from './clients.js';

let sandbox: Sandbox;
let sm: SecretsManagerClient;

beforeAll(async () => {
  sandbox = await startSandbox({ region: 'eu-west-1', accountId: '123456789012' });
  sm = secretsClient(sandbox);
});
afterAll(async () => {
  sm.destroy();
  await sandbox.close();
});

const token = (seed: string) => `unleak-plan-${fake.hex(32, seed)}`;
const LAMBDA = 'arn:aws:lambda:eu-west-1:123456789012:function:rotate-db';

describe('Secrets Manager CreateSecret', () => {
  it('creates version 1 as AWSCURRENT with an ARN carrying a 6-character suffix', async () => {
    const value = JSON.stringify({ password: fake.password(20, 'sm-create') });
    const out = await sm.send(new CreateSecretCommand({ Name: 'prod/app/db', SecretString: value, ClientRequestToken: token('c1'), Tags: [{ Key: 'managed-by', Value: 'unleak' }] }));
    expect(out.ARN).toMatch(/^arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod\/app\/db-[A-Za-z0-9]{6}$/);
    expect(out.VersionId).toBe(token('c1'));
    const got = await sm.send(new GetSecretValueCommand({ SecretId: 'prod/app/db' }));
    expect(got).toMatchObject({ Name: 'prod/app/db', SecretString: value, VersionId: token('c1'), VersionStages: ['AWSCURRENT'] });
    expect(got.CreatedDate).toBeInstanceOf(Date);
    const byArn = await sm.send(new GetSecretValueCommand({ SecretId: out.ARN }));
    expect(byArn.SecretString).toBe(value);
    const byPartialArn = await sm.send(new GetSecretValueCommand({ SecretId: out.ARN?.slice(0, -7) }));
    expect(byPartialArn.SecretString).toBe(value);
  });

  it('is idempotent for the same token and value, and refuses a different value or token', async () => {
    const value = 'token-idempotency-value';
    const first = await sm.send(new CreateSecretCommand({ Name: 'idem', SecretString: value, ClientRequestToken: token('i1') }));
    const again = await sm.send(new CreateSecretCommand({ Name: 'idem', SecretString: value, ClientRequestToken: token('i1') }));
    expect(again.VersionId).toBe(first.VersionId);
    expect(again.ARN).toBe(first.ARN);
    const otherValue = await rejection(() => sm.send(new CreateSecretCommand({ Name: 'idem', SecretString: 'different', ClientRequestToken: token('i1') })));
    expect(otherValue.name).toBe('ResourceExistsException');
    const otherToken = await rejection(() => sm.send(new CreateSecretCommand({ Name: 'idem', SecretString: value, ClientRequestToken: token('i2') })));
    expect(otherToken.name).toBe('ResourceExistsException');
    expect(otherToken.message).toBe('The operation failed because the secret idem already exists.');
    expect(sandbox.state().secrets.find((s) => s.name === 'idem')?.versions).toHaveLength(1);
  });

  it('validates names, sizes, tokens and value shape', async () => {
    expect((await rejection(() => sm.send(new CreateSecretCommand({ Name: 'bad name!', SecretString: 'x' })))).name).toBe('InvalidParameterException');
    expect((await rejection(() => sm.send(new CreateSecretCommand({ Name: 'x'.repeat(513), SecretString: 'x' })))).name).toBe('InvalidParameterException');
    expect((await rejection(() => sm.send(new CreateSecretCommand({ Name: 'big', SecretString: 'x'.repeat(65_537) })))).name).toBe('ValidationException');
    expect((await rejection(() => sm.send(new CreateSecretCommand({ Name: 'short-token', SecretString: 'x', ClientRequestToken: 'short' })))).name).toBe('ValidationException');
    expect((await rejection(() => sm.send(new CreateSecretCommand({ Name: 'both', SecretString: 'x', SecretBinary: new Uint8Array([1]) })))).name).toBe('InvalidParameterException');
    expect((await rejection(() => sm.send(new CreateSecretCommand({ Name: 'awstag', SecretString: 'x', Tags: [{ Key: 'aws:x', Value: 'y' }] })))).name).toBe('InvalidParameterException');
  });

  it('round-trips binary secrets', async () => {
    await sm.send(new CreateSecretCommand({ Name: 'binary', SecretBinary: new Uint8Array([0, 1, 2, 250]) }));
    const got = await sm.send(new GetSecretValueCommand({ SecretId: 'binary' }));
    expect(Array.from(got.SecretBinary ?? [])).toEqual([0, 1, 2, 250]);
    expect(got.SecretString).toBeUndefined();
  });

  it('reports missing secrets as ResourceNotFoundException with status 400', async () => {
    const e = await rejection(() => sm.send(new GetSecretValueCommand({ SecretId: 'missing' })));
    expect(e.name).toBe('ResourceNotFoundException');
    expect(e.$metadata?.httpStatusCode).toBe(400);
  });
});

describe('Secrets Manager versions and stages', () => {
  it('PutSecretValue moves AWSCURRENT and leaves AWSPREVIOUS, idempotently per token', async () => {
    const created = await sm.send(new CreateSecretCommand({ Name: 'staged', SecretString: 'v1', ClientRequestToken: token('s1') }));
    const put = await sm.send(new PutSecretValueCommand({ SecretId: 'staged', SecretString: 'v2', ClientRequestToken: token('s2') }));
    expect(put).toMatchObject({ VersionId: token('s2'), VersionStages: ['AWSCURRENT'] });
    const retry = await sm.send(new PutSecretValueCommand({ SecretId: 'staged', SecretString: 'v2', ClientRequestToken: token('s2') }));
    expect(retry.VersionId).toBe(token('s2'));
    expect((await rejection(() => sm.send(new PutSecretValueCommand({ SecretId: 'staged', SecretString: 'v3', ClientRequestToken: token('s2') })))).name).toBe('ResourceExistsException');

    expect((await sm.send(new GetSecretValueCommand({ SecretId: 'staged' }))).SecretString).toBe('v2');
    expect((await sm.send(new GetSecretValueCommand({ SecretId: 'staged', VersionStage: 'AWSPREVIOUS' }))).SecretString).toBe('v1');
    expect((await sm.send(new GetSecretValueCommand({ SecretId: 'staged', VersionId: created.VersionId }))).SecretString).toBe('v1');
    const described = await sm.send(new DescribeSecretCommand({ SecretId: 'staged' }));
    expect(described.VersionIdsToStages).toEqual({ [token('s1')]: ['AWSPREVIOUS'], [token('s2')]: ['AWSCURRENT'] });
    expect((await rejection(() => sm.send(new GetSecretValueCommand({ SecretId: 'staged', VersionStage: 'NOPE' })))).name).toBe('ResourceNotFoundException');
  });

  it('UpdateSecretVersionStage rolls AWSCURRENT back and checks RemoveFromVersionId', async () => {
    const mismatch = await rejection(() => sm.send(new UpdateSecretVersionStageCommand({ SecretId: 'staged', VersionStage: 'AWSCURRENT', MoveToVersionId: token('s1') })));
    expect(mismatch.name).toBe('InvalidParameterException');
    await sm.send(new UpdateSecretVersionStageCommand({ SecretId: 'staged', VersionStage: 'AWSCURRENT', MoveToVersionId: token('s1'), RemoveFromVersionId: token('s2') }));
    expect((await sm.send(new GetSecretValueCommand({ SecretId: 'staged' }))).SecretString).toBe('v1');
    expect((await sm.send(new DescribeSecretCommand({ SecretId: 'staged' }))).VersionIdsToStages).toEqual({ [token('s1')]: ['AWSCURRENT'], [token('s2')]: ['AWSPREVIOUS'] });
  });

  it('UpdateSecret changes the description and, with a value, adds a version', async () => {
    await sm.send(new UpdateSecretCommand({ SecretId: 'staged', Description: 'db creds', SecretString: 'v4', ClientRequestToken: token('s4') }));
    const described = await sm.send(new DescribeSecretCommand({ SecretId: 'staged' }));
    expect(described.Description).toBe('db creds');
    expect((await sm.send(new GetSecretValueCommand({ SecretId: 'staged' }))).VersionId).toBe(token('s4'));
  });
});

describe('Secrets Manager deletion, restore and rotation', () => {
  it('schedules deletion within 7-30 days, blocks use and re-creation, and restores', async () => {
    await sm.send(new CreateSecretCommand({ Name: 'doomed', SecretString: 'x' }));
    expect((await rejection(() => sm.send(new DeleteSecretCommand({ SecretId: 'doomed', RecoveryWindowInDays: 6 })))).name).toBe('InvalidParameterException');
    expect((await rejection(() => sm.send(new DeleteSecretCommand({ SecretId: 'doomed', RecoveryWindowInDays: 7, ForceDeleteWithoutRecovery: true })))).name).toBe('InvalidParameterException');
    const deleted = await sm.send(new DeleteSecretCommand({ SecretId: 'doomed', RecoveryWindowInDays: 7 }));
    expect(deleted.DeletionDate!.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

    expect((await rejection(() => sm.send(new GetSecretValueCommand({ SecretId: 'doomed' })))).name).toBe('InvalidRequestException');
    const recreate = await rejection(() => sm.send(new CreateSecretCommand({ Name: 'doomed', SecretString: 'y' })));
    expect(recreate.name).toBe('InvalidRequestException');
    expect(recreate.message).toContain('scheduled for deletion');
    expect((await sm.send(new DescribeSecretCommand({ SecretId: 'doomed' }))).DeletedDate).toBeInstanceOf(Date);

    await sm.send(new RestoreSecretCommand({ SecretId: 'doomed' }));
    expect((await sm.send(new GetSecretValueCommand({ SecretId: 'doomed' }))).SecretString).toBe('x');
  });

  it('force-deletes immediately', async () => {
    await sm.send(new CreateSecretCommand({ Name: 'gone', SecretString: 'x' }));
    await sm.send(new DeleteSecretCommand({ SecretId: 'gone', ForceDeleteWithoutRecovery: true }));
    expect((await rejection(() => sm.send(new DescribeSecretCommand({ SecretId: 'gone' })))).name).toBe('ResourceNotFoundException');
    await sm.send(new CreateSecretCommand({ Name: 'gone', SecretString: 'again' }));
  });

  it('RotateSecret needs a Lambda ARN, records the rules and rotates AWSCURRENT', async () => {
    await sm.send(new CreateSecretCommand({ Name: 'rotating', SecretString: 'r1', ClientRequestToken: token('r1') }));
    const noLambda = await rejection(() => sm.send(new RotateSecretCommand({ SecretId: 'rotating' })));
    expect(noLambda.name).toBe('InvalidRequestException');
    const rotated = await sm.send(new RotateSecretCommand({ SecretId: 'rotating', RotationLambdaARN: LAMBDA, RotationRules: { AutomaticallyAfterDays: 30 }, ClientRequestToken: token('r2') }));
    expect(rotated.VersionId).toBe(token('r2'));
    const described = await sm.send(new DescribeSecretCommand({ SecretId: 'rotating' }));
    expect(described).toMatchObject({ RotationEnabled: true, RotationLambdaARN: LAMBDA, RotationRules: { AutomaticallyAfterDays: 30 } });
    expect(described.LastRotatedDate).toBeInstanceOf(Date);
    expect(described.VersionIdsToStages).toEqual({ [token('r1')]: ['AWSPREVIOUS'], [token('r2')]: ['AWSCURRENT'] });
    const later = await sm.send(new RotateSecretCommand({ SecretId: 'rotating', RotateImmediately: false, RotationRules: { ScheduleExpression: 'rate(10 days)' } }));
    expect(later.VersionId).toBeUndefined();
    expect((await sm.send(new DescribeSecretCommand({ SecretId: 'rotating' }))).RotationRules).toEqual({ ScheduleExpression: 'rate(10 days)' });
  });
});

describe('Secrets Manager listing and tags', () => {
  it('tags and untags', async () => {
    await sm.send(new CreateSecretCommand({ Name: 'tagged', SecretString: 'x', Tags: [{ Key: 'a', Value: '1' }] }));
    await sm.send(new TagResourceCommand({ SecretId: 'tagged', Tags: [{ Key: 'b', Value: '2' }, { Key: 'a', Value: '3' }] }));
    expect((await sm.send(new DescribeSecretCommand({ SecretId: 'tagged' }))).Tags).toEqual([{ Key: 'a', Value: '3' }, { Key: 'b', Value: '2' }]);
    await sm.send(new UntagResourceCommand({ SecretId: 'tagged', TagKeys: ['a'] }));
    expect((await sm.send(new DescribeSecretCommand({ SecretId: 'tagged' }))).Tags).toEqual([{ Key: 'b', Value: '2' }]);
  });

  it('lists with pagination and filters, hiding planned deletions unless asked', async () => {
    for (const n of ['list/a', 'list/b', 'list/c', 'list/d', 'list/e']) await sm.send(new CreateSecretCommand({ Name: n, SecretString: 'x' }));
    await sm.send(new DeleteSecretCommand({ SecretId: 'list/e' }));
    const names: string[] = [];
    let next: string | undefined;
    do {
      const page = await sm.send(new ListSecretsCommand({ MaxResults: 2, NextToken: next, Filters: [{ Key: 'name', Values: ['list/'] }] }));
      names.push(...(page.SecretList ?? []).map((s) => s.Name ?? ''));
      expect(page.SecretList?.[0]?.SecretVersionsToStages).toBeDefined();
      next = page.NextToken;
    } while (next);
    expect(names).toEqual(['list/a', 'list/b', 'list/c', 'list/d']);
    const withDeleted = await sm.send(new ListSecretsCommand({ IncludePlannedDeletion: true, Filters: [{ Key: 'name', Values: ['list/'] }] }));
    expect(withDeleted.SecretList?.map((s) => s.Name)).toContain('list/e');
    expect((await rejection(() => sm.send(new ListSecretsCommand({ MaxResults: 101 })))).name).toBe('ValidationException');
  });
});

describe('Secrets Manager rotation with a configured rotator', () => {
  it('stages the rotator result as AWSPENDING, promotes it, and keeps the old value as AWSPREVIOUS', async () => {
    const rotatorArn = 'arn:aws:lambda:us-east-1:000000000000:function:unleak-rotator';
    const rotating = await startSandbox({ rotators: { [rotatorArn]: (current) => JSON.stringify({ ...JSON.parse(current), password: fake.password(16, 'rotated') }) } });
    const client = secretsClient(rotating);
    await client.send(new CreateSecretCommand({ Name: 'db', SecretString: JSON.stringify({ user: 'app', password: 'old' }) }));
    await client.send(new RotateSecretCommand({ SecretId: 'db', RotationLambdaARN: rotatorArn }));
    expect(JSON.parse((await client.send(new GetSecretValueCommand({ SecretId: 'db' }))).SecretString ?? '')).toEqual({ user: 'app', password: fake.password(16, 'rotated') });
    expect(JSON.parse((await client.send(new GetSecretValueCommand({ SecretId: 'db', VersionStage: 'AWSPREVIOUS' }))).SecretString ?? '')).toEqual({ user: 'app', password: 'old' });
    const failing = 'arn:aws:lambda:us-east-1:000000000000:function:broken';
    const broken = await startSandbox({ rotators: { [failing]: () => { throw new Error('boom'); } } });
    const brokenClient = secretsClient(broken);
    await brokenClient.send(new CreateSecretCommand({ Name: 'db', SecretString: 'x' }));
    const e = await rejection(() => brokenClient.send(new RotateSecretCommand({ SecretId: 'db', RotationLambdaARN: failing })));
    expect(e.name).toBe('InvalidRequestException');
    expect(broken.state().secrets[0]?.versions).toHaveLength(1);
    client.destroy();
    brokenClient.destroy();
    await Promise.all([rotating.close(), broken.close()]);
  });
});
