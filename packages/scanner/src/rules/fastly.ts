import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const fastlyRules: Rule[] = [
  assignedSecret({
    id: 'fastly-api-token',
    provider: 'fastly',
    title: 'Fastly API token',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['fastly'],
    key: /fastly/,
    value: /[A-Za-z0-9_-]{32}/,
    sample: fake.base64url(32, 'fastly'),
    name: 'FASTLY_API_TOKEN',
  }),
];
