import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const woocommerceRules: Rule[] = [
  prefixedToken({
    id: 'woocommerce-consumer-secret',
    provider: 'woocommerce',
    title: 'WooCommerce REST API consumer secret',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'cs_',
    body: /[a-f0-9]{40}/,
    sample: fake.hex(40, 'woo'),
    name: 'WC_CONSUMER_SECRET',
  }),
];
