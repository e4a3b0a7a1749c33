import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const duffelRules: Rule[] = [
  prefixedToken({
    id: 'duffel-api-token',
    provider: 'duffel',
    title: 'Duffel API token',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'duffel_',
    body: /(?:test|live)_[A-Za-z0-9_=-]{43}/,
    sample: 'live_' + fake.base64url(43, 'duffel'),
    name: 'DUFFEL_ACCESS_TOKEN',
  }),
];
