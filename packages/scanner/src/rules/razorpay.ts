import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const razorpayRules: Rule[] = [
  assignedSecret({
    id: 'razorpay-key-secret',
    provider: 'razorpay',
    title: 'Razorpay key secret',
    kind: 'payment-key',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['razorpay'],
    key: /razorpay[\w.-]{0,20}?secret/,
    value: /[A-Za-z0-9]{24}/,
    sample: fake.alnum(24, 'razorpay'),
    name: 'RAZORPAY_KEY_SECRET',
  }),
];
