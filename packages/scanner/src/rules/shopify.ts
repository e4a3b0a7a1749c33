import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

const shopify = (id: string, prefix: string, title: string, name: string): Rule =>
  prefixedToken({
    id,
    provider: 'shopify',
    title,
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix,
    body: /[a-fA-F0-9]{32}/,
    sample: fake.hex(32, id),
    name,
  });

export const shopifyRules: Rule[] = [
  shopify('shopify-access-token', 'shp' + 'at_', 'Shopify Admin API access token', 'SHOPIFY_ACCESS_TOKEN'),
  shopify('shopify-custom-app-token', 'shp' + 'ca_', 'Shopify custom app access token', 'SHOPIFY_CUSTOM_APP_TOKEN'),
  shopify('shopify-private-app-token', 'shp' + 'pa_', 'Shopify private app password', 'SHOPIFY_PRIVATE_APP_PASSWORD'),
  shopify('shopify-shared-secret', 'shp' + 'ss_', 'Shopify app shared secret', 'SHOPIFY_SHARED_SECRET'),
];
