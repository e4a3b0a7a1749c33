import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const onepasswordRules: Rule[] = [
  prefixedToken({
    id: 'onepassword-service-account-token',
    provider: 'onepassword',
    title: '1Password service account token',
    kind: 'access-token',
    sensitivity: 'critical',
    store: 'secrets-manager',
    prefix: 'ops_' + 'eyJ',
    body: /[A-Za-z0-9+/]{250,2000}={0,3}/,
    sample: fake.base64(400, 'ops'),
    name: 'OP_SERVICE_ACCOUNT_TOKEN',
  }),
  {
    id: 'onepassword-secret-key',
    provider: 'onepassword',
    title: '1Password account Secret Key',
    kind: 'private-key',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['a3-'],
    pattern: /(?<![A-Z0-9-])(?<secret>A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})(?![A-Z0-9-])/,
    minEntropy: 3,
    samples: {
      match: [`secret key: A3-${fake.upper(6, 'op1')}-${fake.upper(11, 'op2')}-${fake.upper(5, 'op3')}-${fake.upper(5, 'op4')}-${fake.upper(5, 'op5')}`],
      noMatch: ['secret key: A3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX'],
    },
  },
];
