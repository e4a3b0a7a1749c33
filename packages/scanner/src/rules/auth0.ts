import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const auth0Rules: Rule[] = [
  assignedSecret({
    id: 'auth0-client-secret',
    provider: 'auth0',
    title: 'Auth0 client secret',
    kind: 'oauth-secret',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['auth0'],
    key: /auth0[\w.-]{0,20}?(?:client[_.-]?)?secret/,
    value: /[A-Za-z0-9_-]{64}/,
    sample: fake.base64url(64, 'auth0'),
    name: 'AUTH0_CLIENT_SECRET',
  }),
];
