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
    // Issued keys are 22.43; keys quoted in the wild (and other scanners' tests) run 20–24 and 39–50.
    body: /[A-Za-z0-9_-]{20,24}\.[A-Za-z0-9_-]{39,50}/,
    sample: `${fake.base64url(22, 'sg1')}.${fake.base64url(43, 'sg2')}`,
    name: 'SENDGRID_API_KEY',
    moreMatches: [`sendgrid token = 'SG.${fake.base64url(21, 'sg3')}.${fake.base64url(49, 'sg4')}'`],
    noMatch: [`sendgrid = 'SG.${fake.base64url(21, 'sg5')}.${fake.base64url(4, 'sg6')}?${fake.base64url(44, 'sg7')}'`],
  }),
];
