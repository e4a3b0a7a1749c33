import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const algoliaRules: Rule[] = [
  assignedSecret({
    id: 'algolia-admin-key',
    provider: 'algolia',
    title: 'Algolia admin / write API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['algolia'],
    key: /algolia[\w.-]{0,20}?(?:admin|write|api)[_.-]?key/,
    value: /[a-f0-9]{32}/,
    sample: fake.hex(32, 'algolia'),
    name: 'ALGOLIA_ADMIN_KEY',
  }),
];
