import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret, prefixedToken } from './shared.js';

export const netlifyRules: Rule[] = [
  prefixedToken({
    id: 'netlify-pat',
    provider: 'netlify',
    title: 'Netlify personal access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'nfp_',
    body: /[A-Za-z0-9]{36}/,
    sample: fake.alnum(36, 'nfp'),
    name: 'NETLIFY_AUTH_TOKEN',
  }),
  assignedSecret({
    id: 'netlify-access-token-legacy',
    provider: 'netlify',
    title: 'Netlify access token (legacy)',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['netlify'],
    key: /netlify/,
    value: /[A-Za-z0-9_=.-]{40,46}/,
    sample: fake.base64url(43, 'netlify'),
    name: 'NETLIFY_AUTH_TOKEN',
  }),
];
