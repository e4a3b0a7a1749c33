import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const octopusRules: Rule[] = [
  prefixedToken({
    id: 'octopus-deploy-api-key',
    provider: 'octopus',
    title: 'Octopus Deploy API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'API-',
    body: /[A-Z0-9]{26}/,
    sample: fake.upper(26, 'octopus'),
    name: 'OCTOPUS_API_KEY',
  }),
];
