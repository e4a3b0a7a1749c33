import {
  AddTagsToResourceCommand,
  DeleteParameterCommand,
  DeleteParametersCommand,
  DescribeParametersCommand,
  GetParameterCommand,
  GetParameterHistoryCommand,
  GetParametersByPathCommand,
  GetParametersCommand,
  LabelParameterVersionCommand,
  ListTagsForResourceCommand,
  PutParameterCommand,
  RemoveTagsFromResourceCommand,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import { fake } from '@unleak/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { rejection, ssmClient } from './clients.js';

let sandbox: Sandbox;
let ssm: SSMClient;

beforeAll(async () => {
  sandbox = await startSandbox();
  ssm = ssmClient(sandbox);
});
afterAll(async () => {
  ssm.destroy();
  await sandbox.close();
});

const put = (input: ConstructorParameters<typeof PutParameterCommand>[0]) => ssm.send(new PutParameterCommand(input));

describe('SSM PutParameter / GetParameter', () => {
  it('stores a SecureString encrypted and returns it in clear only WithDecryption', async () => {
    const value = fake.password(24, 'ssm-secure');
    const out = await put({ Name: '/app/prod/db/password', Value: value, Type: 'SecureString' });
    expect(out).toMatchObject({ Version: 1, Tier: 'Standard' });

    const clear = await ssm.send(new GetParameterCommand({ Name: '/app/prod/db/password', WithDecryption: true }));
    expect(clear.Parameter).toMatchObject({ Name: '/app/prod/db/password', Type: 'SecureString', Value: value, Version: 1, DataType: 'text' });
    expect(clear.Parameter?.ARN).toBe(`arn:aws:ssm:${sandbox.region}:${sandbox.accountId}:parameter/app/prod/db/password`);
    expect(clear.Parameter?.LastModifiedDate).toBeInstanceOf(Date);

    const sealed = await ssm.send(new GetParameterCommand({ Name: '/app/prod/db/password' }));
    expect(sealed.Parameter?.Value).not.toBe(value);
    expect(sealed.Parameter?.Value).not.toContain(value);
    expect(sandbox.state().parameters.find((p) => p.name === '/app/prod/db/password')).toMatchObject({ type: 'SecureString', keyId: 'alias/aws/ssm' });
  });

  it('accepts the parameter ARN as Name', async () => {
    const arn = `arn:aws:ssm:${sandbox.region}:${sandbox.accountId}:parameter/app/prod/db/password`;
    expect((await ssm.send(new GetParameterCommand({ Name: arn }))).Parameter?.Name).toBe('/app/prod/db/password');
  });

  it('returns String values as stored', async () => {
    await put({ Name: 'plain-name', Value: 'hello', Type: 'String' });
    const out = await ssm.send(new GetParameterCommand({ Name: 'plain-name' }));
    expect(out.Parameter?.Value).toBe('hello');
  });

  it('refuses to update without Overwrite, then versions on Overwrite and serves :version selectors', async () => {
    await put({ Name: '/app/v/key', Value: 'one', Type: 'String' });
    const exists = await rejection(() => put({ Name: '/app/v/key', Value: 'two', Type: 'String' }));
    expect(exists.name).toBe('ParameterAlreadyExists');
    expect(exists.$metadata?.httpStatusCode).toBe(400);

    const second = await put({ Name: '/app/v/key', Value: 'two', Overwrite: true });
    expect(second.Version).toBe(2);
    expect((await ssm.send(new GetParameterCommand({ Name: '/app/v/key' }))).Parameter?.Value).toBe('two');
    const first = await ssm.send(new GetParameterCommand({ Name: '/app/v/key:1' }));
    expect(first.Parameter).toMatchObject({ Value: 'one', Version: 1, Selector: ':1' });
    expect((await rejection(() => ssm.send(new GetParameterCommand({ Name: '/app/v/key:9' })))).name).toBe('ParameterVersionNotFound');
  });

  it('rejects tags together with Overwrite', async () => {
    const e = await rejection(() => put({ Name: '/app/t/x', Value: 'v', Type: 'String', Overwrite: true, Tags: [{ Key: 'a', Value: 'b' }] }));
    expect(e.name).toBe('ValidationException');
    expect(e.message).toContain("tags and overwrite can't be used together");
  });

  it('requires a Type on create and validates enum values', async () => {
    expect((await rejection(() => put({ Name: '/app/no-type', Value: 'v' }))).message).toBe('A parameter type is required when you create a parameter.');
    expect((await rejection(() => put({ Name: '/app/bad-type', Value: 'v', Type: 'Number' as never }))).name).toBe('ValidationException');
  });

  it.each([
    ['a space', '/app/a b', 'ValidationException'],
    ['the aws prefix', '/aws/app', 'ValidationException'],
    ['the ssm prefix', 'SSM-thing', 'ValidationException'],
    ['a relative hierarchy', 'app/key', 'ValidationException'],
    ['16 levels', `/${Array.from({ length: 16 }, (_, i) => `l${i}`).join('/')}`, 'HierarchyLevelLimitExceededException'],
    ['2049 characters', `/${'a'.repeat(2048)}`, 'ValidationException'],
  ])('rejects a name with %s', async (_label, name, type) => {
    expect((await rejection(() => put({ Name: name, Value: 'v', Type: 'String' }))).name).toBe(type);
  });

  it('accepts 15 levels', async () => {
    const name = `/${Array.from({ length: 15 }, (_, i) => `l${i}`).join('/')}`;
    expect((await put({ Name: name, Value: 'v', Type: 'String' })).Version).toBe(1);
  });

  it('enforces 4 KB on Standard, 8 KB on Advanced, and picks Advanced under Intelligent-Tiering', async () => {
    const big = 'x'.repeat(5000);
    expect((await rejection(() => put({ Name: '/app/big/std', Value: big, Type: 'String' }))).message).toContain('Standard tier parameters support a maximum');
    expect(await put({ Name: '/app/big/adv', Value: big, Type: 'String', Tier: 'Advanced' })).toMatchObject({ Tier: 'Advanced' });
    expect(await put({ Name: '/app/big/auto', Value: big, Type: 'String', Tier: 'Intelligent-Tiering' })).toMatchObject({ Tier: 'Advanced' });
    expect((await rejection(() => put({ Name: '/app/big/huge', Value: 'x'.repeat(8193), Type: 'String', Tier: 'Advanced' }))).name).toBe('ValidationException');
    expect(await put({ Name: '/app/big/exact', Value: 'x'.repeat(4096), Type: 'String' })).toMatchObject({ Tier: 'Standard' });
  });

  it('checks AllowedPattern', async () => {
    const e = await rejection(() => put({ Name: '/app/pattern', Value: 'abc', Type: 'String', AllowedPattern: '^\\d+$' }));
    expect(e.name).toBe('ParameterPatternMismatchException');
  });

  it('reports missing parameters as ParameterNotFound', async () => {
    const e = await rejection(() => ssm.send(new GetParameterCommand({ Name: '/nope' })));
    expect(e.name).toBe('ParameterNotFound');
    expect(e.$metadata?.httpStatusCode).toBe(400);
  });
});

describe('SSM batch reads and deletes', () => {
  it('GetParameters returns found and invalid names', async () => {
    await put({ Name: '/batch/a', Value: 'A', Type: 'String' });
    await put({ Name: '/batch/b', Value: 'B', Type: 'SecureString' });
    const out = await ssm.send(new GetParametersCommand({ Names: ['/batch/a', '/batch/b', '/batch/missing'], WithDecryption: true }));
    expect(out.Parameters?.map((p) => [p.Name, p.Value])).toEqual([['/batch/a', 'A'], ['/batch/b', 'B']]);
    expect(out.InvalidParameters).toEqual(['/batch/missing']);
    const tooMany = await rejection(() => ssm.send(new GetParametersCommand({ Names: Array.from({ length: 11 }, (_, i) => `/n${i}`) })));
    expect(tooMany.name).toBe('ValidationException');
  });

  it('DeleteParameter and DeleteParameters', async () => {
    await put({ Name: '/del/a', Value: 'A', Type: 'String' });
    await put({ Name: '/del/b', Value: 'B', Type: 'String' });
    await ssm.send(new DeleteParameterCommand({ Name: '/del/a' }));
    expect((await rejection(() => ssm.send(new DeleteParameterCommand({ Name: '/del/a' })))).name).toBe('ParameterNotFound');
    const out = await ssm.send(new DeleteParametersCommand({ Names: ['/del/b', '/del/zzz'] }));
    expect(out).toMatchObject({ DeletedParameters: ['/del/b'], InvalidParameters: ['/del/zzz'] });
  });
});

describe('SSM GetParametersByPath and DescribeParameters', () => {
  beforeAll(async () => {
    for (const name of ['/tree/a', '/tree/b', '/tree/c', '/tree/sub/d', '/tree/sub/deep/e', '/treeish/f']) {
      await put({ Name: name, Value: `v${name}`, Type: 'String', Tags: [{ Key: 'team', Value: name.includes('sub') ? 'core' : 'web' }] });
    }
  });

  it('returns direct children only unless Recursive', async () => {
    const one = await ssm.send(new GetParametersByPathCommand({ Path: '/tree' }));
    expect(one.Parameters?.map((p) => p.Name)).toEqual(['/tree/a', '/tree/b', '/tree/c']);
    const all = await ssm.send(new GetParametersByPathCommand({ Path: '/tree/', Recursive: true }));
    expect(all.Parameters?.map((p) => p.Name)).toEqual(['/tree/a', '/tree/b', '/tree/c', '/tree/sub/d', '/tree/sub/deep/e']);
  });

  it('paginates with MaxResults and NextToken, and rejects MaxResults above 10', async () => {
    const names: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await ssm.send(new GetParametersByPathCommand({ Path: '/tree', Recursive: true, MaxResults: 2, NextToken: token }));
      names.push(...(page.Parameters ?? []).map((p) => p.Name ?? ''));
      token = page.NextToken;
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(names).toEqual(['/tree/a', '/tree/b', '/tree/c', '/tree/sub/d', '/tree/sub/deep/e']);
    expect((await rejection(() => ssm.send(new GetParametersByPathCommand({ Path: '/tree', MaxResults: 11 })))).name).toBe('ValidationException');
    expect((await rejection(() => ssm.send(new GetParametersByPathCommand({ Path: '/tree', NextToken: 'garbage!' })))).name).toBe('InvalidNextToken');
  });

  it('DescribeParameters filters by Name, Path and tag, without values', async () => {
    const byName = await ssm.send(new DescribeParametersCommand({ ParameterFilters: [{ Key: 'Name', Option: 'BeginsWith', Values: ['/tree/sub'] }] }));
    expect(byName.Parameters?.map((p) => p.Name)).toEqual(['/tree/sub/d', '/tree/sub/deep/e']);
    expect(byName.Parameters?.[0]).not.toHaveProperty('Value');
    const byPath = await ssm.send(new DescribeParametersCommand({ ParameterFilters: [{ Key: 'Path', Option: 'OneLevel', Values: ['/tree/sub'] }] }));
    expect(byPath.Parameters?.map((p) => p.Name)).toEqual(['/tree/sub/d']);
    const byTag = await ssm.send(new DescribeParametersCommand({ ParameterFilters: [{ Key: 'tag:team', Values: ['core'] }] }));
    expect(byTag.Parameters?.map((p) => p.Name)).toEqual(['/tree/sub/d', '/tree/sub/deep/e']);
    const paged = await ssm.send(new DescribeParametersCommand({ MaxResults: 1, ParameterFilters: [{ Key: 'Path', Option: 'Recursive', Values: ['/tree'] }] }));
    expect(paged.Parameters).toHaveLength(1);
    expect(paged.NextToken).toBeTruthy();
  });
});

describe('SSM tags', () => {
  it('adds, lists and removes tags; unknown resources are InvalidResourceId', async () => {
    await put({ Name: '/tags/p', Value: 'v', Type: 'String', Tags: [{ Key: 'managed-by', Value: 'unleak' }] });
    await ssm.send(new AddTagsToResourceCommand({ ResourceType: 'Parameter', ResourceId: '/tags/p', Tags: [{ Key: 'plan', Value: 'p1' }] }));
    const listed = await ssm.send(new ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: '/tags/p' }));
    expect(listed.TagList).toEqual([{ Key: 'managed-by', Value: 'unleak' }, { Key: 'plan', Value: 'p1' }]);
    await ssm.send(new RemoveTagsFromResourceCommand({ ResourceType: 'Parameter', ResourceId: '/tags/p', TagKeys: ['plan'] }));
    expect((await ssm.send(new ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: '/tags/p' }))).TagList).toEqual([{ Key: 'managed-by', Value: 'unleak' }]);
    expect((await rejection(() => ssm.send(new ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: '/tags/none' })))).name).toBe('InvalidResourceId');
  });

  it('rejects more than 50 tags', async () => {
    const tags = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    expect((await rejection(() => put({ Name: '/tags/many', Value: 'v', Type: 'String', Tags: tags }))).name).toBe('TooManyTagsError');
  });
});

describe('SSM history, labels and KMS keys', () => {
  it('returns the version history and moves labels between versions', async () => {
    await put({ Name: '/hist/p', Value: 'h1', Type: 'SecureString' });
    await put({ Name: '/hist/p', Value: 'h2', Overwrite: true });
    await ssm.send(new LabelParameterVersionCommand({ Name: '/hist/p', ParameterVersion: 1, Labels: ['stable'] }));
    expect((await ssm.send(new GetParameterCommand({ Name: '/hist/p:stable', WithDecryption: true }))).Parameter?.Value).toBe('h1');
    const moved = await ssm.send(new LabelParameterVersionCommand({ Name: '/hist/p', Labels: ['stable', '1bad', 'awsx'] }));
    expect(moved).toMatchObject({ ParameterVersion: 2, InvalidLabels: ['1bad', 'awsx'] });
    const history = await ssm.send(new GetParameterHistoryCommand({ Name: '/hist/p', WithDecryption: true }));
    expect(history.Parameters?.map((p) => [p.Version, p.Value, p.Labels])).toEqual([[1, 'h1', []], [2, 'h2', ['stable']]]);
    const sealed = await ssm.send(new GetParameterHistoryCommand({ Name: '/hist/p', MaxResults: 1 }));
    expect(sealed.Parameters?.[0]?.Value).not.toBe('h1');
    expect(sealed.NextToken).toBeTruthy();
  });

  it('records a KMS KeyId for SecureString and rejects malformed ones', async () => {
    await put({ Name: '/kms/p', Value: 'v', Type: 'SecureString', KeyId: 'alias/unleak' });
    expect(sandbox.state().parameters.find((p) => p.name === '/kms/p')?.keyId).toBe('alias/unleak');
    expect((await rejection(() => put({ Name: '/kms/q', Value: 'v', Type: 'SecureString', KeyId: 'not a key' }))).name).toBe('InvalidKeyId');
    expect((await rejection(() => put({ Name: '/kms/r', Value: 'v', Type: 'String', KeyId: 'alias/unleak' }))).name).toBe('ValidationException');
  });
});
