import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const pagerdutyRules: Rule[] = [
  assignedSecret({
    id: 'pagerduty-api-key',
    provider: 'pagerduty',
    title: 'PagerDuty API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['pagerduty', 'pager_duty', 'pd_api'],
    key: /pager_?duty|pd_api/,
    value: /u\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9_+-]{20}/,
    sample: fake.base64url(20, 'pagerduty'),
    name: 'PAGERDUTY_API_KEY',
  }),
];
