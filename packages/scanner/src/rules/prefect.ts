import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const prefectRules: Rule[] = [
  prefixedToken({
    id: 'prefect-api-key',
    provider: 'prefect',
    title: 'Prefect API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'pnu_',
    body: /[A-Za-z0-9]{36}/,
    sample: fake.alnum(36, 'prefect'),
    name: 'PREFECT_API_KEY',
  }),
];
