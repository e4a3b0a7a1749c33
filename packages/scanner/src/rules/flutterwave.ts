import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const flutterwaveRules: Rule[] = [
  prefixedToken({
    id: 'flutterwave-secret-key',
    provider: 'flutterwave',
    title: 'Flutterwave live secret key',
    kind: 'payment-key',
    sensitivity: 'critical',
    store: 'secrets-manager',
    prefix: 'FLWSECK-',
    body: /[a-h0-9]{32}-X/i,
    sample: fake.hex(32, 'flw-live') + '-X',
    name: 'FLW_SECRET_KEY',
  }),
  prefixedToken({
    id: 'flutterwave-test-secret-key',
    provider: 'flutterwave',
    title: 'Flutterwave test secret key',
    kind: 'payment-key',
    sensitivity: 'low',
    store: 'ssm-secure',
    prefix: 'FLWSECK_TEST-',
    body: /[a-h0-9]{32}-X/i,
    sample: fake.hex(32, 'flw-test') + '-X',
    name: 'FLW_SECRET_KEY',
  }),
];
