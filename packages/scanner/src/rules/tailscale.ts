import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const tailscaleRules: Rule[] = [
  prefixedToken({
    id: 'tailscale-key',
    provider: 'tailscale',
    title: 'Tailscale auth / API / OAuth client key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'tskey-',
    body: /(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{10,20}-[A-Za-z0-9]{30,40}/,
    sample: `auth-k${fake.alnum(11, 'ts1')}-${fake.alnum(33, 'ts2')}`,
    name: 'TS_AUTHKEY',
  }),
];
