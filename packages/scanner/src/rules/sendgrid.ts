import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const sendgridRules: Rule[] = [
  prefixedToken({
    id: 'sendgrid-api-key',
    provider: 'sendgrid',
    title: 'SendGrid API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'SG.',
    body: /[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}/,
    sample: `${fake.base64url(22, 'sg1')}.${fake.base64url(43, 'sg2')}`,
    name: 'SENDGRID_API_KEY',
  }),
];
