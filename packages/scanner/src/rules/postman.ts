import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const postmanRules: Rule[] = [
  prefixedToken({
    id: 'postman-api-key',
    provider: 'postman',
    title: 'Postman API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'PMAK-',
    body: /[a-f0-9]{24}-[a-f0-9]{34}/,
    sample: `${fake.hex(24, 'pmak1')}-${fake.hex(34, 'pmak2')}`,
    name: 'POSTMAN_API_KEY',
  }),
];
