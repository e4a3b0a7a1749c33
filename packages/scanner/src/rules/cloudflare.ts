import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret, prefixedToken } from './shared.js';

export const cloudflareRules: Rule[] = [
  assignedSecret({
    id: 'cloudflare-api-token',
    provider: 'cloudflare',
    title: 'Cloudflare API token',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['cloudflare', 'cf_api'],
    key: /cloudflare|cf_api/,
    value: /[A-Za-z0-9_-]{40}/,
    sample: fake.base64url(40, 'cf-token'),
    name: 'CLOUDFLARE_API_TOKEN',
  }),
  assignedSecret({
    id: 'cloudflare-global-api-key',
    provider: 'cloudflare',
    title: 'Cloudflare global API key',
    kind: 'api-key',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['cloudflare'],
    key: /cloudflare[\w.-]{0,20}?(?:global|api)[_.-]?key/,
    value: /[a-f0-9]{37}/,
    sample: fake.hex(37, 'cf-global'),
    name: 'CLOUDFLARE_API_KEY',
  }),
  prefixedToken({
    id: 'cloudflare-origin-ca-key',
    provider: 'cloudflare',
    title: 'Cloudflare Origin CA key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'v1.0-',
    body: /[a-f0-9]{24}-[a-f0-9]{146}/,
    sample: `${fake.hex(24, 'cf-ca1')}-${fake.hex(146, 'cf-ca2')}`,
    name: 'CF_ORIGIN_CA_KEY',
  }),
];
