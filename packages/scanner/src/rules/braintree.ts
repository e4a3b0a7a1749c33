import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';

export const braintreeRules: Rule[] = [
  {
    id: 'braintree-access-token',
    provider: 'braintree',
    title: 'Braintree / PayPal access token',
    kind: 'payment-key',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['access_token$'],
    pattern: /(?<secret>access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32})(?![0-9a-f])/,
    samples: {
      match: [`BT_ACCESS_TOKEN=access_token$production$${fake.lower(16, 'bt1')}$${fake.hex(32, 'bt2')}`],
      noMatch: ['BT_ACCESS_TOKEN=access_token$production$<merchant>$<token>'],
    },
  },
];
