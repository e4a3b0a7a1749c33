import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const mailjetRules: Rule[] = [
  assignedSecret({
    id: 'mailjet-api-secret',
    provider: 'mailjet',
    title: 'Mailjet API secret key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['mailjet', 'mj_apikey'],
    key: /mailjet|mj_apikey/,
    value: /[a-f0-9]{32}/,
    sample: fake.hex(32, 'mailjet'),
    name: 'MAILJET_API_SECRET',
  }),
];
