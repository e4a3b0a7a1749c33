import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const honeycombRules: Rule[] = [
  assignedSecret({
    id: 'honeycomb-api-key',
    provider: 'honeycomb',
    title: 'Honeycomb API key',
    kind: 'api-key',
    sensitivity: 'medium',
    store: 'ssm-secure',
    keywords: ['honeycomb'],
    key: /honeycomb/,
    value: /hc[a-z]{2}k_[a-z0-9]{58}|[A-Za-z0-9]{22}|[a-f0-9]{32}/,
    sample: fake.alnum(22, 'honeycomb'),
    name: 'HONEYCOMB_API_KEY',
  }),
];
