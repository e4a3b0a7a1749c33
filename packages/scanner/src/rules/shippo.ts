import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const shippoRules: Rule[] = [
  prefixedToken({
    id: 'shippo-api-token',
    provider: 'shippo',
    title: 'Shippo API token',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'shippo_',
    body: /(?:live|test)_[a-f0-9]{40}/,
    sample: 'live_' + fake.hex(40, 'shippo'),
    name: 'SHIPPO_API_TOKEN',
  }),
];
