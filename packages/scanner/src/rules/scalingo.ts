import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const scalingoRules: Rule[] = [
  prefixedToken({
    id: 'scalingo-api-token',
    provider: 'scalingo',
    title: 'Scalingo API token',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'tk-us-',
    body: /[A-Za-z0-9_-]{48}/,
    sample: fake.base64url(48, 'scalingo'),
    name: 'SCALINGO_API_TOKEN',
  }),
];
