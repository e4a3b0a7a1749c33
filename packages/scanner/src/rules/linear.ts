import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret, prefixedToken } from './shared.js';

export const linearRules: Rule[] = [
  prefixedToken({
    id: 'linear-api-key',
    provider: 'linear',
    title: 'Linear API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'lin_' + 'api_',
    body: /[A-Za-z0-9]{40}/,
    sample: fake.alnum(40, 'linear'),
    name: 'LINEAR_API_KEY',
  }),
  assignedSecret({
    id: 'linear-client-secret',
    provider: 'linear',
    title: 'Linear OAuth client secret',
    kind: 'oauth-secret',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['linear'],
    key: /linear[\w.-]{0,20}?client[_.-]?secret/,
    value: /[a-f0-9]{32}/,
    sample: fake.hex(32, 'linear-cs'),
    name: 'LINEAR_CLIENT_SECRET',
  }),
];
