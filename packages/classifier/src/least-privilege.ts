import type { Policy } from './policy.js';
import type { MigrationItem } from './types.js';

export interface ReadPolicy {
  project: string;
  /** IAM identity policy JSON allowing reads of exactly this project's parameters and secrets; absent when it has none. */
  iam?: IamPolicy;
  /** Vault HCL granting `read` on exactly this project's KV v2 paths; absent when it has none. */
  vaultHcl?: string;
}

export interface IamPolicy {
  Version: '2012-10-17';
  Statement: Array<{ Sid: string; Effect: 'Allow'; Action: string | string[]; Resource: string | string[]; Condition?: Record<string, Record<string, string | string[]>> }>;
}

export interface ReadPolicyOptions {
  /** Region and account for the ARNs; `REGION` / `ACCOUNT` placeholders when unknown. */
  region?: string;
  account?: string;
  /** Store settings (KMS keys, Vault mount); the policy's `stores:` section. */
  stores?: Policy['stores'];
}

/** Least-privilege read policies, one per project (stores.md §6). */
export function readPolicies(items: MigrationItem[], options: ReadPolicyOptions = {}): ReadPolicy[] {
  const projects = [...new Set(items.filter((i) => i.store !== 'remove').map((i) => i.project))].sort();
  return projects.map((project) => {
    const own = items.filter((i) => i.project === project);
    const out: ReadPolicy = { project };
    const iam = iamPolicy(own, options);
    if (iam) out.iam = iam;
    const hcl = vaultPolicy(own, options.stores?.vault.mount ?? 'secret');
    if (hcl) out.vaultHcl = hcl;
    return out;
  });
}

export function iamPolicy(items: MigrationItem[], options: ReadPolicyOptions = {}): IamPolicy | undefined {
  const stores = options.stores;
  const ssmRegion = stores?.ssm.region ?? options.region ?? 'REGION';
  const smRegion = stores?.['secrets-manager'].region ?? options.region ?? 'REGION';
  const account = options.account ?? 'ACCOUNT';
  const params = unique(items.filter((i) => i.store === 'ssm-string' || i.store === 'ssm-secure').map((i) => `arn:aws:ssm:${ssmRegion}:${account}:parameter/${i.name.replace(/^\//, '')}`));
  const secrets = unique(items.filter((i) => i.store === 'secrets-manager').map((i) => `arn:aws:secretsmanager:${smRegion}:${account}:secret:${i.name}-??????`));
  const statements: IamPolicy['Statement'] = [];
  if (params.length > 0) statements.push({ Sid: 'ReadParameters', Effect: 'Allow', Action: ['ssm:GetParameter', 'ssm:GetParameters'], Resource: params });
  if (secrets.length > 0) statements.push({ Sid: 'ReadSecrets', Effect: 'Allow', Action: ['secretsmanager:GetSecretValue'], Resource: secrets });
  const hasSecure = items.some((i) => i.store === 'ssm-secure');
  const kmsUses = [
    ...(hasSecure && stores?.ssm.kmsKeyId ? [{ key: stores.ssm.kmsKeyId, service: `ssm.${ssmRegion}.amazonaws.com`, region: ssmRegion }] : []),
    ...(secrets.length > 0 && stores?.['secrets-manager'].kmsKeyId ? [{ key: stores['secrets-manager'].kmsKeyId, service: `secretsmanager.${smRegion}.amazonaws.com`, region: smRegion }] : []),
  ];
  const byKey = new Map<string, { region: string; services: string[] }>();
  for (const use of kmsUses) {
    const entry = byKey.get(use.key) ?? { region: use.region, services: [] };
    entry.services.push(use.service);
    byKey.set(use.key, entry);
  }
  let n = 0;
  for (const [key, { region, services }] of byKey) {
    const sid = `DecryptViaServicesOnly${byKey.size > 1 ? ++n : ''}`;
    const alias = aliasName(key);
    if (alias) {
      // IAM cannot authorise on an alias ARN; match the key by its alias instead.
      statements.push({ Sid: sid, Effect: 'Allow', Action: 'kms:Decrypt', Resource: `arn:aws:kms:${region}:${account}:key/*`,
        Condition: { StringEquals: { 'kms:ViaService': services }, 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': alias } } });
    } else {
      statements.push({ Sid: sid, Effect: 'Allow', Action: 'kms:Decrypt', Resource: keyArn(key, region, account), Condition: { StringEquals: { 'kms:ViaService': services } } });
    }
  }
  return statements.length > 0 ? { Version: '2012-10-17', Statement: statements } : undefined;
}

export function vaultPolicy(items: MigrationItem[], mount = 'secret'): string | undefined {
  const paths = unique(items.filter((i) => i.store === 'vault').map((i) => `${mount}/data/${i.name}`));
  if (paths.length === 0) return undefined;
  return paths.map((p) => `path "${p}" {\n  capabilities = ["read"]\n}\n`).join('\n');
}

function aliasName(key: string): string | undefined {
  if (key.startsWith('alias/')) return key;
  const m = /^arn:aws[a-z-]*:kms:[^:]*:[^:]*:(alias\/.+)$/.exec(key);
  return m?.[1];
}

function keyArn(key: string, region: string, account: string): string {
  return key.startsWith('arn:') ? key : `arn:aws:kms:${region}:${account}:key/${key}`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}
