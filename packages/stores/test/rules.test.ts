import { describe, expect, it } from 'vitest';
import { secretsManagerNameCheck, secretsManagerValueProblems, ssmNameProblems, ssmValueCheck, vaultPathProblems, vaultValueProblems } from '@unleak/stores';

describe('SSM parameter names', () => {
  const cases: Array<[string, RegExp | null]> = [
    ['/app/prod/db/password', null],
    ['plain_name-1.x', null],
    ['/a b', /has a space; names allow a-zA-Z0-9_.-\//],
    ['/app/db#1', /has '#'/],
    ['/app/\u0001', /control character \(U\+0001\)/],
    ['awsKey', /'aws' or 'ssm'/],
    ['/SSM/thing', /'aws' or 'ssm'/],
    ['app/db', /without a leading '\/'; use '\/app\/db'/],
    ['/app//db', /empty path segment/],
    ['/app/db/', /empty path segment/],
    [`/${Array.from({ length: 16 }, (_, i) => `l${i}`).join('/')}`, /16 levels deep; Parameter Store allows 15/],
    [`/${'x'.repeat(1000)}`, /too long \(\d+ characters with its ARN; the limit is 1011\)/],
    ['', /empty/],
  ];
  it.each(cases)('%s', (name, expected) => {
    const problems = ssmNameProblems(name, 'us-east-1');
    if (expected === null) expect(problems).toEqual([]);
    else expect(problems.join('\n')).toMatch(expected);
  });

  it('counts the ARN prefix of the region in the length limit', () => {
    const name = `/${'x'.repeat(1011 - 'arn:aws:ssm:us-east-1:123456789012:parameter/'.length)}`;
    expect(ssmNameProblems(name, 'us-east-1')).toEqual([]);
    expect(ssmNameProblems(name, 'ap-southeast-2')).toHaveLength(1);
  });

  it('15 levels are allowed', () => {
    expect(ssmNameProblems(`/${Array.from({ length: 15 }, (_, i) => `l${i}`).join('/')}`)).toEqual([]);
  });
});

describe('SSM values and tiers', () => {
  it('Standard up to 4096 bytes, Advanced up to 8192, refused above, measured in UTF-8 bytes', () => {
    expect(ssmValueCheck('/x', 'a'.repeat(4096))).toEqual({ tier: 'Standard', problems: [] });
    expect(ssmValueCheck('/x', 'a'.repeat(4097))).toEqual({ tier: 'Advanced', problems: [] });
    expect(ssmValueCheck('/x', 'é'.repeat(2049)).tier).toBe('Advanced');
    expect(ssmValueCheck('/x', 'a'.repeat(8193)).problems[0]).toMatch(/8193 bytes; Parameter Store holds at most 8192/);
  });

  it('refuses empty values and {{…}} without quoting the value', () => {
    expect(ssmValueCheck('/x', '').problems[0]).toMatch(/empty/);
    const { problems } = ssmValueCheck('/x', 'secret-{{ssm:other}}-tail');
    expect(problems[0]).toMatch(/reserves for references/);
    expect(problems[0]).not.toContain('secret-');
  });
});

describe('Secrets Manager names and sizes', () => {
  it('allows the documented characters up to 512', () => {
    expect(secretsManagerNameCheck('prod/app_1+x=y.z@w-v')).toEqual({ problems: [], warnings: [] });
    expect(secretsManagerNameCheck('x'.repeat(512)).problems).toEqual([]);
    expect(secretsManagerNameCheck('x'.repeat(513)).problems[0]).toMatch(/513 characters; the limit is 512/);
    expect(secretsManagerNameCheck('prod:app').problems[0]).toMatch(/has ':'; names allow A-Za-z0-9 and \/_\+=\.@-/);
  });

  it('warns when a name ends like an ARN suffix', () => {
    expect(secretsManagerNameCheck('prod/db-a1b2c3').warnings[0]).toMatch(/ARN suffix/);
    expect(secretsManagerNameCheck('prod/db-a1b2c').warnings).toEqual([]);
  });

  it('64 KB values', () => {
    expect(secretsManagerValueProblems('n', 'a'.repeat(65_536))).toEqual([]);
    expect(secretsManagerValueProblems('n', 'a'.repeat(65_537))[0]).toMatch(/65537 bytes/);
  });
});

describe('Vault paths', () => {
  it.each([
    ['app/prod/db', null],
    ['app/a b', /has a space/],
    ['/app/db', /starts or ends with '\/'; use 'app\/db'/],
    ['app//db', /empty segment/],
    ['app/db./x', /ending in '\.'/],
    ['app/../x', /ending in '\.'/],
    ['secret/app/db', /inside mount 'secret'/],
    ['data/app/db', /KV v2 API segment/],
    ['', /empty/],
  ] as Array<[string, RegExp | null]>)('%s', (path, expected) => {
    const problems = vaultPathProblems(path, 'secret');
    if (expected === null) expect(problems).toEqual([]);
    else expect(problems.join('\n')).toMatch(expected);
  });

  it('caps values at 512 KiB', () => {
    expect(vaultValueProblems('p', 512 * 1024)).toEqual([]);
    expect(vaultValueProblems('p', 512 * 1024 + 1)[0]).toMatch(/split it/);
  });
});
