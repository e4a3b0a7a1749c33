import { describe, expect, it } from 'vitest';
import { DEFAULT_NAMING, envFromPath, kebab, renderName } from '../src/index.js';

const fields = (name: string, project = 'api', env = 'prod') => ({ project, env, name, kind: 'secret' });

describe('names', () => {
  it.each([
    ['DB_PASSWORD', 'db-password'],
    ['spring.datasource.password', 'spring-datasource-password'],
    ['stripeSecretKey', 'stripe-secret-key'],
    ['ReportsDBPassword', 'reports-db-password'],
    ['  weird key!! ', 'weird-key'],
  ])('kebab(%s) = %s', (input, out) => expect(kebab(input)).toBe(out));

  it('follows the default convention per store', () => {
    expect(renderName('ssm-secure', DEFAULT_NAMING, fields('db-password'))).toBe('/api/prod/db-password');
    expect(renderName('secrets-manager', DEFAULT_NAMING, fields('db'))).toBe('api/prod/db');
    expect(renderName('vault', DEFAULT_NAMING, fields('db'))).toBe('api/prod/db');
    expect(renderName('remove', DEFAULT_NAMING, fields('db'))).toBe('');
  });

  it('keeps names valid for each store', () => {
    expect(renderName('ssm-string', DEFAULT_NAMING, fields('x', 'aws-tools'))).toBe('/x-aws-tools/prod/x');
    expect(renderName('ssm-string', { ...DEFAULT_NAMING, ssm: '{project}/{name}' }, fields('x', 'ssm'))).toBe('/x-ssm/x');
    expect(renderName('secrets-manager', DEFAULT_NAMING, fields('api-abcdef'))).toBe('api/prod/api_abcdef');
    expect(renderName('vault', DEFAULT_NAMING, fields('v1.', 'a b'))).toBe('a-b/prod/v1_');
    expect(renderName('ssm-secure', DEFAULT_NAMING, fields('a/b'))).toBe('/api/prod/a-b');
  });
});

describe('envFromPath', () => {
  it.each([
    ['.env.production', 'prod'],
    ['charts/app/values-prod.yaml', 'prod'],
    ['environments/staging/main.tf', 'staging'],
    ['config/development.json', 'dev'],
    ['src/__tests__/fixtures/db.ts', 'test'],
    ['environments/prod/test-data/x.tf', 'test'],
    ['src/latest.ts', undefined],
    ['.gitlab-ci.yml', undefined],
    ['.env', undefined],
  ])('%s → %s', (path, env) => expect(envFromPath(path)).toBe(env));
});
