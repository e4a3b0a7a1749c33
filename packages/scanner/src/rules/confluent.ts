import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const confluentRules: Rule[] = [
  assignedSecret({
    id: 'confluent-api-secret',
    provider: 'confluent',
    title: 'Confluent Cloud API secret',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['confluent'],
    key: /confluent[\w.-]{0,20}?secret/,
    value: /[A-Za-z0-9+/]{64}/,
    sample: fake.alnum(64, 'confluent'),
    name: 'CONFLUENT_CLOUD_API_SECRET',
  }),
];
