import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const coinbaseRules: Rule[] = [
  assignedSecret({
    id: 'coinbase-api-secret',
    provider: 'coinbase',
    title: 'Coinbase API secret',
    kind: 'api-key',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['coinbase'],
    key: /coinbase[\w.-]{0,20}?secret/,
    value: /[A-Za-z0-9+/]{32,88}={0,2}/,
    sample: fake.base64(86, 'coinbase') + '==',
    name: 'COINBASE_API_SECRET',
  }),
];
