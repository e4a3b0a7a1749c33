import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const readmeRules: Rule[] = [
  prefixedToken({
    id: 'readme-api-key',
    provider: 'readme',
    title: 'ReadMe API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'rdme_',
    body: /[a-z0-9]{70}/,
    sample: fake.lower(70, 'readme'),
    name: 'README_API_KEY',
  }),
];
