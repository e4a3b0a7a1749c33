import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const infracostRules: Rule[] = [
  prefixedToken({
    id: 'infracost-api-token',
    provider: 'infracost',
    title: 'Infracost API token',
    kind: 'api-key',
    sensitivity: 'medium',
    store: 'ssm-secure',
    prefix: 'ico-',
    body: /[A-Za-z0-9]{32}/,
    sample: fake.alnum(32, 'infracost'),
    name: 'INFRACOST_API_KEY',
  }),
];
