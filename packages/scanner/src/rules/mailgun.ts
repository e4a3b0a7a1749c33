import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const mailgunRules: Rule[] = [
  {
    id: 'mailgun-api-key',
    provider: 'mailgun',
    title: 'Mailgun private API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['key-'],
    pattern: /(?<![A-Za-z0-9_-])(?<secret>key-[0-9a-f]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    samples: {
      match: [`MAILGUN_API_KEY=key-${fake.hex(32, 'mg1')}`],
      noMatch: ['MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `primary-key-${fake.hex(32, 'mg2')}`],
    },
  },
  assignedSecret({
    id: 'mailgun-api-key-v2',
    provider: 'mailgun',
    title: 'Mailgun API key / webhook signing key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['mailgun'],
    key: /mailgun/,
    value: /[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}/,
    sample: `${fake.hex(32, 'mg3')}-${fake.hex(8, 'mg4')}-${fake.hex(8, 'mg5')}`,
    name: 'MAILGUN_SIGNING_KEY',
  }),
];
