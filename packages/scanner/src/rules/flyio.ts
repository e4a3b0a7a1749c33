import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const flyioRules: Rule[] = [
  prefixedToken({
    id: 'flyio-access-token',
    provider: 'flyio',
    title: 'Fly.io access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'fo1_',
    body: /[A-Za-z0-9_-]{43}/,
    sample: fake.base64url(43, 'fly'),
    name: 'FLY_API_TOKEN',
  }),
  prefixedToken({
    id: 'flyio-macaroon-token',
    provider: 'flyio',
    title: 'Fly.io macaroon token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'fm2_',
    body: /[A-Za-z0-9+/]{100,4000}={0,3}/,
    sample: fake.base64(240, 'fm2'),
    name: 'FLY_API_TOKEN',
  }),
];
