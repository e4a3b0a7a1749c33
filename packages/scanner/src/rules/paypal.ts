import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const paypalRules: Rule[] = [
  assignedSecret({
    id: 'paypal-client-secret',
    provider: 'paypal',
    title: 'PayPal REST client secret',
    kind: 'payment-key',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['paypal'],
    key: /paypal[\w.-]{0,20}?secret/,
    value: /[A-Za-z0-9_-]{80}/,
    sample: fake.base64url(80, 'paypal'),
    name: 'PAYPAL_CLIENT_SECRET',
  }),
];
