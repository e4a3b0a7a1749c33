import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const newrelicRules: Rule[] = [
  prefixedToken({
    id: 'new-relic-user-api-key',
    provider: 'new-relic',
    title: 'New Relic user API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'NRAK-',
    body: /[A-Z0-9]{27}/,
    sample: fake.upper(27, 'nrak'),
    name: 'NEW_RELIC_API_KEY',
  }),
  prefixedToken({
    id: 'new-relic-insert-key',
    provider: 'new-relic',
    title: 'New Relic insights insert key',
    kind: 'api-key',
    sensitivity: 'medium',
    store: 'ssm-secure',
    prefix: 'NRII-',
    body: /[A-Za-z0-9_-]{32}/,
    sample: fake.base64url(32, 'nrii'),
    name: 'NEW_RELIC_INSERT_KEY',
  }),
  prefixedToken({
    id: 'new-relic-browser-api-token',
    provider: 'new-relic',
    title: 'New Relic browser API token',
    kind: 'api-key',
    sensitivity: 'low',
    store: 'ssm-secure',
    prefix: 'NRJS-',
    body: /[a-f0-9]{19}/,
    sample: fake.hex(19, 'nrjs'),
    name: 'NEW_RELIC_BROWSER_KEY',
  }),
  {
    id: 'new-relic-license-key',
    provider: 'new-relic',
    title: 'New Relic ingest license key',
    kind: 'api-key',
    sensitivity: 'medium',
    store: 'ssm-secure',
    keywords: ['nral'],
    pattern: /(?<![A-Za-z0-9])(?<secret>[a-f0-9]{36}NRAL)(?![A-Za-z0-9])/,
    minEntropy: 3,
    samples: {
      match: [`NEW_RELIC_LICENSE_KEY=${fake.hex(36, 'nral')}NRAL`],
      noMatch: ['NEW_RELIC_LICENSE_KEY=<license-key>NRAL', `license_key: ${fake.hex(20, 'nral2')}NRAL`],
    },
  },
];
