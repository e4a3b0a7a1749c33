import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret, prefixedToken } from './shared.js';

export const twitterRules: Rule[] = [
  prefixedToken({
    id: 'twitter-bearer-token',
    provider: 'twitter',
    title: 'X / Twitter API bearer token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'A'.repeat(21),
    body: /[A-Za-z0-9%]{80,120}/,
    sample: fake.alnum(90, 'twitter'),
    name: 'TWITTER_BEARER_TOKEN',
  }),
  assignedSecret({
    id: 'twitter-api-secret',
    provider: 'twitter',
    title: 'X / Twitter API key secret',
    kind: 'oauth-secret',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['twitter'],
    key: /twitter[\w.-]{0,20}?(?:secret|consumer)/,
    value: /[A-Za-z0-9]{50}/,
    sample: fake.alnum(50, 'tw-secret'),
    name: 'TWITTER_API_SECRET',
  }),
];
