import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const digitaloceanRules: Rule[] = [
  prefixedToken({
    id: 'digitalocean-pat',
    provider: 'digitalocean',
    title: 'DigitalOcean personal access token',
    kind: 'access-token',
    sensitivity: 'critical',
    store: 'secrets-manager',
    prefix: 'dop' + '_v1_',
    body: /[a-f0-9]{64}/,
    sample: fake.hex(64, 'dop'),
    name: 'DIGITALOCEAN_TOKEN',
  }),
  prefixedToken({
    id: 'digitalocean-oauth-token',
    provider: 'digitalocean',
    title: 'DigitalOcean OAuth access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'doo' + '_v1_',
    body: /[a-f0-9]{64}/,
    sample: fake.hex(64, 'doo'),
    name: 'DO_OAUTH_TOKEN',
  }),
  prefixedToken({
    id: 'digitalocean-refresh-token',
    provider: 'digitalocean',
    title: 'DigitalOcean OAuth refresh token',
    kind: 'oauth-secret',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'dor' + '_v1_',
    body: /[a-f0-9]{64}/,
    sample: fake.hex(64, 'dor'),
    name: 'DO_REFRESH_TOKEN',
  }),
  prefixedToken({
    id: 'digitalocean-spaces-key',
    provider: 'digitalocean',
    title: 'DigitalOcean Spaces access key',
    kind: 'cloud-credential',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'DO00',
    body: /[A-Z0-9]{16}/,
    sample: fake.upper(16, 'do-spaces'),
    name: 'SPACES_ACCESS_KEY_ID',
  }),
];
