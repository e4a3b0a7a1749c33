import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const cohereRules: Rule[] = [
  assignedSecret({
    id: 'cohere-api-key',
    provider: 'cohere',
    title: 'Cohere API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['cohere', 'co_api'],
    key: /cohere|co_api/,
    value: /[A-Za-z0-9]{40}/,
    sample: fake.alnum(40, 'cohere'),
    name: 'COHERE_API_KEY',
  }),
];
