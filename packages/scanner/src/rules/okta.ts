import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const oktaRules: Rule[] = [
  assignedSecret({
    id: 'okta-api-token',
    provider: 'okta',
    title: 'Okta API token',
    kind: 'api-key',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['okta'],
    key: /okta/,
    value: /00[A-Za-z0-9_=-]{40}/,
    sample: '00' + fake.base64url(40, 'okta'),
    name: 'OKTA_API_TOKEN',
  }),
  assignedSecret({
    id: 'okta-client-secret',
    provider: 'okta',
    title: 'Okta OAuth client secret',
    kind: 'oauth-secret',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['okta'],
    key: /okta[\w.-]{0,20}?client[_.-]?secret/,
    value: /[A-Za-z0-9_-]{40,64}/,
    sample: fake.base64url(64, 'okta-cs'),
    name: 'OKTA_CLIENT_SECRET',
  }),
];
