import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const adobeRules: Rule[] = [
  prefixedToken({
    id: 'adobe-client-secret',
    provider: 'adobe',
    title: 'Adobe client secret',
    kind: 'oauth-secret',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'p8e-',
    body: /[A-Za-z0-9]{32}/,
    sample: fake.alnum(32, 'adobe'),
    name: 'ADOBE_CLIENT_SECRET',
  }),
];
