import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const perplexityRules: Rule[] = [
  prefixedToken({
    id: 'perplexity-api-key',
    provider: 'perplexity',
    title: 'Perplexity API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'pplx-',
    body: /[A-Za-z0-9]{48}/,
    sample: fake.alnum(48, 'pplx'),
    name: 'PERPLEXITY_API_KEY',
  }),
];
