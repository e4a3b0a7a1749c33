import { SENSITIVITIES, type SecretKind, type Sensitivity } from '@unleak/core';

/** How bad a leak of each kind is, before context (environment, test fixture) adjusts it. */
const BASE_SENSITIVITY: Record<string, Sensitivity> = {
  'aws-access-key': 'critical',
  'aws-secret-key': 'critical',
  'aws-session-token': 'high',
  'cloud-credential': 'critical',
  'payment-key': 'critical',
  'private-key': 'critical',
  certificate: 'high',
  'db-password': 'high',
  'db-url': 'high',
  'broker-url': 'high',
  'basic-auth-url': 'high',
  'oauth-secret': 'high',
  'jwt-secret': 'high',
  'access-token': 'high',
  'registry-token': 'high',
  'api-key': 'high',
  'docker-password': 'medium',
  'webhook-url': 'medium',
  'webhook-secret': 'medium',
  jwt: 'medium',
  password: 'medium',
  secret: 'medium',
};

/** Kinds that say little on their own: medium by default, high in production. */
export const VAGUE_KINDS = new Set<string>(['password', 'secret']);

export function baseSensitivity(kind: SecretKind, isConfig: boolean): Sensitivity {
  if (isConfig) return 'low';
  return BASE_SENSITIVITY[kind] ?? 'medium';
}

/** One step less sensitive, never above `cap`. */
export function lower(s: Sensitivity, cap: Sensitivity = 'medium'): Sensitivity {
  const index = Math.max(SENSITIVITIES.indexOf(s) + 1, SENSITIVITIES.indexOf(cap));
  return SENSITIVITIES[Math.min(index, SENSITIVITIES.length - 1)] ?? 'low';
}

export function atLeast(s: Sensitivity, floor: Sensitivity): Sensitivity {
  return SENSITIVITIES.indexOf(s) <= SENSITIVITIES.indexOf(floor) ? s : floor;
}
