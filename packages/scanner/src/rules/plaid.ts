import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret, fakeUuid } from './shared.js';

export const plaidRules: Rule[] = [
  {
    id: 'plaid-access-token',
    provider: 'plaid',
    title: 'Plaid access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
    pattern: /(?<![A-Za-z0-9-])(?<secret>access-(?:production|development|sandbox)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/,
    samples: {
      match: [`PLAID_ACCESS_TOKEN=access-production-${fakeUuid('plaid')}`],
      noMatch: ['PLAID_ACCESS_TOKEN=access-production-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'],
    },
  },
  assignedSecret({
    id: 'plaid-secret',
    provider: 'plaid',
    title: 'Plaid API secret',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['plaid'],
    key: /plaid[\w.-]{0,20}?secret/,
    value: /[a-z0-9]{30}/,
    sample: fake.lower(30, 'plaid-secret'),
    name: 'PLAID_SECRET',
  }),
];
