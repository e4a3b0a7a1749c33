import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const zendeskRules: Rule[] = [
  assignedSecret({
    id: 'zendesk-api-token',
    provider: 'zendesk',
    title: 'Zendesk API token',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['zendesk'],
    key: /zendesk/,
    value: /[A-Za-z0-9]{40}/,
    sample: fake.alnum(40, 'zendesk'),
    name: 'ZENDESK_API_TOKEN',
  }),
];
