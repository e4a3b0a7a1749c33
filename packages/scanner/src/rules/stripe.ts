import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

const body = /[A-Za-z0-9]{24,247}/;

export const stripeRules: Rule[] = [
  prefixedToken({
    id: 'stripe-live-secret-key',
    provider: 'stripe',
    title: 'Stripe live secret key',
    kind: 'payment-key',
    sensitivity: 'critical',
    store: 'secrets-manager',
    prefix: 'sk_' + 'live_',
    body,
    sample: fake.alnum(99, 'stripe-live'),
    name: 'STRIPE_SECRET_KEY',
  }),
  prefixedToken({
    id: 'stripe-test-secret-key',
    provider: 'stripe',
    title: 'Stripe test-mode secret key',
    kind: 'payment-key',
    sensitivity: 'low',
    store: 'ssm-secure',
    prefix: 'sk_' + 'test_',
    body,
    sample: fake.alnum(24, 'stripe-test'),
    name: 'STRIPE_TEST_KEY',
  }),
  prefixedToken({
    id: 'stripe-live-restricted-key',
    provider: 'stripe',
    title: 'Stripe live restricted key',
    kind: 'payment-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'rk_' + 'live_',
    body,
    sample: fake.alnum(99, 'stripe-rk-live'),
    name: 'STRIPE_RESTRICTED_KEY',
  }),
  prefixedToken({
    id: 'stripe-test-restricted-key',
    provider: 'stripe',
    title: 'Stripe test-mode restricted key',
    kind: 'payment-key',
    sensitivity: 'low',
    store: 'ssm-secure',
    prefix: 'rk_' + 'test_',
    body,
    sample: fake.alnum(24, 'stripe-rk-test'),
    name: 'STRIPE_RESTRICTED_TEST_KEY',
  }),
  prefixedToken({
    id: 'stripe-webhook-secret',
    provider: 'stripe',
    title: 'Stripe webhook signing secret',
    kind: 'webhook-secret',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'wh' + 'sec_',
    body: /[A-Za-z0-9+/]{32,88}={0,2}/,
    sample: fake.alnum(32, 'stripe-whsec'),
    name: 'STRIPE_WEBHOOK_SECRET',
  }),
];
