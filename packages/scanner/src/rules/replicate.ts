import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const replicateRules: Rule[] = [
  prefixedToken({
    id: 'replicate-api-token',
    provider: 'replicate',
    title: 'Replicate API token',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'r8_',
    body: /[A-Za-z0-9]{37}/,
    sample: fake.alnum(37, 'replicate'),
    name: 'REPLICATE_API_TOKEN',
  }),
];
