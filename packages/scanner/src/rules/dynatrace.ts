import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const dynatraceRules: Rule[] = [
  prefixedToken({
    id: 'dynatrace-api-token',
    provider: 'dynatrace',
    title: 'Dynatrace API token',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'dt0c01.',
    body: /[A-Z0-9]{24}\.[A-Z0-9]{64}/,
    sample: `${fake.upper(24, 'dt1')}.${fake.upper(64, 'dt2')}`,
    name: 'DT_API_TOKEN',
  }),
];
