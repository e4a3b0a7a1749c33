import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const bugsnagRules: Rule[] = [
  assignedSecret({
    id: 'bugsnag-api-key',
    provider: 'bugsnag',
    title: 'Bugsnag API key',
    kind: 'api-key',
    sensitivity: 'low',
    store: 'ssm-secure',
    keywords: ['bugsnag'],
    key: /bugsnag/,
    value: /[a-f0-9]{32}/,
    sample: fake.hex(32, 'bugsnag'),
    name: 'BUGSNAG_API_KEY',
  }),
];
