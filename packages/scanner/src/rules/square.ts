import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const squareRules: Rule[] = [
  prefixedToken({
    id: 'square-access-token',
    provider: 'square',
    title: 'Square access token',
    kind: 'payment-key',
    sensitivity: 'critical',
    store: 'secrets-manager',
    prefix: 'EAAA',
    body: /[A-Za-z0-9_-]{60}/,
    sample: fake.base64url(60, 'square'),
    name: 'SQUARE_ACCESS_TOKEN',
  }),
  prefixedToken({
    id: 'square-access-token-legacy',
    provider: 'square',
    title: 'Square access token (legacy sq0atp-)',
    kind: 'payment-key',
    sensitivity: 'critical',
    store: 'secrets-manager',
    prefix: 'sq0atp-',
    body: /[A-Za-z0-9_-]{22}/,
    sample: fake.base64url(22, 'sq0atp'),
    name: 'SQUARE_ACCESS_TOKEN',
  }),
  prefixedToken({
    id: 'square-oauth-secret',
    provider: 'square',
    title: 'Square OAuth application secret',
    kind: 'oauth-secret',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'sq0csp-',
    body: /[A-Za-z0-9_-]{43}/,
    sample: fake.base64url(43, 'sq0csp'),
    name: 'SQUARE_APP_SECRET',
  }),
];
