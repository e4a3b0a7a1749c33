import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const buildkiteRules: Rule[] = [
  prefixedToken({
    id: 'buildkite-api-token',
    provider: 'buildkite',
    title: 'Buildkite API access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'bkua_',
    body: /[a-f0-9]{40}/,
    sample: fake.hex(40, 'bkua'),
    name: 'BUILDKITE_API_TOKEN',
  }),
];
