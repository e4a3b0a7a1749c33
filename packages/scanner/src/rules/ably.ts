import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const ablyRules: Rule[] = [
  assignedSecret({
    id: 'ably-api-key',
    provider: 'ably',
    title: 'Ably API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['ably'],
    key: /ably/,
    value: /[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43}/,
    sample: `${fake.base64url(6, 'ably1')}.${fake.base64url(6, 'ably2')}:${fake.base64url(43, 'ably3')}`,
    name: 'ABLY_API_KEY',
  }),
];
