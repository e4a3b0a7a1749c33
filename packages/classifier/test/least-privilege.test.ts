import { describe, expect, it } from 'vitest';
import { defaultPolicy, readPolicies } from '../src/index.js';
import { item } from './items.js';

describe('readPolicies', () => {
  const items = [
    item('ssm-string', '/api/prod/db-host'),
    item('ssm-secure', '/api/prod/slack-webhook'),
    item('secrets-manager', 'api/prod/db'),
    item('vault', 'api/prod/gcp-sa'),
    item('remove', ''),
    item('secrets-manager', 'web/prod/stripe', 'web'),
  ];

  it('uses REGION/ACCOUNT placeholders and exact ARNs when nothing is configured', () => {
    const [api, web] = readPolicies(items);
    expect(api?.project).toBe('api');
    expect(api?.iam).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'ReadParameters', Effect: 'Allow', Action: ['ssm:GetParameter', 'ssm:GetParameters'],
          Resource: ['arn:aws:ssm:REGION:ACCOUNT:parameter/api/prod/db-host', 'arn:aws:ssm:REGION:ACCOUNT:parameter/api/prod/slack-webhook'] },
        { Sid: 'ReadSecrets', Effect: 'Allow', Action: ['secretsmanager:GetSecretValue'], Resource: ['arn:aws:secretsmanager:REGION:ACCOUNT:secret:api/prod/db-??????'] },
      ],
    });
    expect(api?.vaultHcl).toBe('path "secret/data/api/prod/gcp-sa" {\n  capabilities = ["read"]\n}\n');
    expect(web?.iam?.Statement).toHaveLength(1);
    expect(web?.vaultHcl).toBeUndefined();
  });

  it('adds kms:Decrypt limited by kms:ViaService for customer-managed keys', () => {
    const stores = defaultPolicy().stores;
    stores.ssm.kmsKeyId = 'alias/unleak';
    stores['secrets-manager'].kmsKeyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
    stores.vault.mount = 'kv';
    const [api] = readPolicies(items, { region: 'eu-west-1', account: '123456789012', stores });
    expect(api?.iam?.Statement.slice(2)).toEqual([
      { Sid: 'DecryptViaServicesOnly1', Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:eu-west-1:123456789012:key/*',
        Condition: { StringEquals: { 'kms:ViaService': ['ssm.eu-west-1.amazonaws.com'] }, 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/unleak' } } },
      { Sid: 'DecryptViaServicesOnly2', Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
        Condition: { StringEquals: { 'kms:ViaService': ['secretsmanager.eu-west-1.amazonaws.com'] } } },
    ]);
    expect(api?.iam?.Statement[1]?.Resource).toEqual(['arn:aws:secretsmanager:eu-west-1:123456789012:secret:api/prod/db-??????']);
    expect(api?.vaultHcl).toContain('path "kv/data/api/prod/gcp-sa"');
  });

  it('merges the services of one key shared by both stores', () => {
    const stores = defaultPolicy().stores;
    stores.ssm.kmsKeyId = stores['secrets-manager'].kmsKeyId = 'arn:aws:kms:us-east-1:111122223333:key/k1';
    const [api] = readPolicies(items, { region: 'us-east-1', stores });
    expect(api?.iam?.Statement[2]).toEqual({
      Sid: 'DecryptViaServicesOnly', Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:us-east-1:111122223333:key/k1',
      Condition: { StringEquals: { 'kms:ViaService': ['ssm.us-east-1.amazonaws.com', 'secretsmanager.us-east-1.amazonaws.com'] } },
    });
  });
});
