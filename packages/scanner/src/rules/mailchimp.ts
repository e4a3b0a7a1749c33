import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const mailchimpRules: Rule[] = [
  {
    id: 'mailchimp-api-key',
    provider: 'mailchimp',
    title: 'Mailchimp API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['-us'],
    // Anchored on the rare `-usN` suffix; the key before it is captured by a lookbehind, so the regex
    // does not start a 32-character hex attempt at every hex digit of the text.
    pattern: /-us\d{1,2}(?![A-Za-z0-9_-])(?<=(?<![A-Za-z0-9_-])(?<secret>[0-9a-f]{32}-us\d{1,2}))/,
    minEntropy: 3,
    samples: {
      match: [`MAILCHIMP_API_KEY=${fake.hex(32, 'mc1')}-us21`],
      noMatch: ['MAILCHIMP_API_KEY=00000000000000000000000000000000-us1', `MAILCHIMP_API_KEY=${fake.hex(20, 'mc2')}-us21`],
    },
  },
  assignedSecret({
    id: 'mandrill-api-key',
    provider: 'mailchimp',
    title: 'Mandrill (Mailchimp Transactional) API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['mandrill'],
    key: /mandrill/,
    value: /md-[A-Za-z0-9_-]{22}|[A-Za-z0-9_-]{22}/,
    sample: fake.base64url(22, 'mandrill'),
    name: 'MANDRILL_API_KEY',
  }),
];
