import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const rollbarRules: Rule[] = [
  assignedSecret({
    id: 'rollbar-access-token',
    provider: 'rollbar',
    title: 'Rollbar access token',
    kind: 'access-token',
    sensitivity: 'medium',
    store: 'ssm-secure',
    keywords: ['rollbar'],
    key: /rollbar/,
    value: /[a-f0-9]{32}/,
    sample: fake.hex(32, 'rollbar'),
    name: 'ROLLBAR_ACCESS_TOKEN',
  }),
];
