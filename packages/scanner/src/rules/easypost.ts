import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const easypostRules: Rule[] = [
  prefixedToken({
    id: 'easypost-api-key',
    provider: 'easypost',
    title: 'EasyPost production API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'EZAK',
    body: /[A-Za-z0-9]{54}/,
    sample: fake.alnum(54, 'ezak'),
    name: 'EASYPOST_API_KEY',
  }),
  prefixedToken({
    id: 'easypost-test-api-key',
    provider: 'easypost',
    title: 'EasyPost test API key',
    kind: 'api-key',
    sensitivity: 'low',
    store: 'ssm-secure',
    prefix: 'EZTK',
    body: /[A-Za-z0-9]{54}/,
    sample: fake.alnum(54, 'eztk'),
    name: 'EASYPOST_TEST_API_KEY',
  }),
];
