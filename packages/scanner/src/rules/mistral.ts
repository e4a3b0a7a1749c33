import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const mistralRules: Rule[] = [
  assignedSecret({
    id: 'mistral-api-key',
    provider: 'mistral',
    title: 'Mistral AI API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['mistral'],
    key: /mistral/,
    value: /[A-Za-z0-9]{32}/,
    sample: fake.alnum(32, 'mistral'),
    name: 'MISTRAL_API_KEY',
  }),
];
