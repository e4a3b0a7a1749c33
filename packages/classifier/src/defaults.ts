import type { Sensitivity, StoreKind } from '@unleak/core';
import type { Facts } from './facts.js';
import { kindLabel } from './kinds.js';
import { atLeast, baseSensitivity, lower, VAGUE_KINDS } from './sensitivity.js';

/**
 * The built-in policy (issue 3), as data: first matching rule wins. Each rule names the store and the
 * why, which becomes the second half of the finding's reason.
 */
export interface BuiltInRule {
  id: string;
  /** Shown by `unleak config explain`. */
  summary: string;
  when: (f: Facts) => boolean;
  store: StoreKind;
  why: (f: Facts) => string;
}

const FOREIGN_WHY: Record<NonNullable<Facts['foreignCloud']>, string> = {
  gcp: 'GCP credential, multi-cloud',
  azure: 'Azure credential, multi-cloud',
  'other-cloud': 'non-AWS cloud credential, multi-cloud',
  'on-prem': 'on-prem system credential, kept outside AWS',
};
const AWS_KEYS = new Set(['aws-access-key', 'aws-secret-key', 'aws-session-token']);
const ROTATING_KINDS = new Set(['db-password', 'db-url', 'broker-url', 'basic-auth-url']);

export const BUILT_IN_RULES: BuiltInRule[] = [
  {
    id: 'cloud-key-in-iac',
    summary: 'long-lived AWS keys in IaC or CI → remove (use a profile, role or OIDC) and rotate',
    when: (f) => AWS_KEYS.has(f.kind) && f.inIacOrCi,
    store: 'remove',
    why: () => 'replace it with a profile, role or OIDC and deactivate the key',
  },
  {
    id: 'config-next-to-credentials',
    summary: 'registry URLs, usernames, hostnames, ports, database names → ssm-string',
    when: (f) => f.isConfig,
    store: 'ssm-string',
    why: () => 'configuration, not a secret (free standard tier)',
  },
  {
    id: 'multi-cloud-or-on-prem',
    summary: 'GCP, Azure, other non-AWS cloud and on-prem credentials → vault',
    when: (f) => f.foreignCloud !== undefined && !AWS_KEYS.has(f.kind),
    store: 'vault',
    why: (f) => FOREIGN_WHY[f.foreignCloud ?? 'other-cloud'],
  },
  {
    id: 'test-or-dev-value',
    summary: 'test fixtures and test/dev environment values → ssm-secure, lower sensitivity',
    when: (f) => f.isTest,
    store: 'ssm-secure',
    why: (f) => `${f.detection.context.isTest ? 'test fixture' : `${f.env} environment`} value, encrypted but no rotation needed`,
  },
  {
    id: 'highly-sensitive',
    summary: 'database credentials, production API keys, payment keys, private keys, certificates → secrets-manager',
    when: (f) => sensitivityOf(f) === 'critical' || sensitivityOf(f) === 'high',
    store: 'secrets-manager',
    why: (f) =>
      ROTATING_KINDS.has(f.kind)
        ? 'needs rotation'
        : f.kind === 'private-key' || f.kind === 'certificate'
          ? 'tight access and room beyond the 4 KB parameter limit'
          : AWS_KEYS.has(f.kind)
            ? 'needs rotation and tight access; better replaced by a role'
            : 'needs rotation and tight access',
  },
  {
    id: 'less-sensitive',
    summary: 'internal webhooks, low-privilege tokens, values without rotation → ssm-secure',
    when: () => true,
    store: 'ssm-secure',
    why: () => 'less sensitive, encrypted, no rotation needed',
  },
];

/** The finding's sensitivity from its kind and context. */
export function sensitivityOf(f: Facts): Sensitivity {
  let s = baseSensitivity(f.kind, f.isConfig);
  if (f.testModeKey && !f.isConfig) s = 'low';
  if (f.kind === 'api-key' && !f.specificRule) s = 'medium';
  if (f.kind === 'password' && f.db) s = 'high';
  if ((VAGUE_KINDS.has(f.kind) || (f.kind === 'api-key' && !f.specificRule)) && f.env === 'prod') s = atLeast(s, 'high');
  if (f.isTest && !f.isConfig) s = lower(s);
  return s;
}

export function builtInReason(f: Facts, store: StoreKind, why: string): string {
  return `${kindLabel(f.kind)} ${f.where} → ${STORE_LABEL[store]}: ${why}`;
}

export const STORE_LABEL: Record<StoreKind, string> = {
  'ssm-string': 'Parameter Store String',
  'ssm-secure': 'Parameter Store SecureString',
  'secrets-manager': 'Secrets Manager',
  vault: 'Vault',
  remove: 'remove',
};
