import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const intercomRules: Rule[] = [
  assignedSecret({
    id: 'intercom-access-token',
    provider: 'intercom',
    title: 'Intercom access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['intercom'],
    key: /intercom/,
    value: /[A-Za-z0-9_=-]{60}/,
    sample: fake.base64url(60, 'intercom'),
    name: 'INTERCOM_ACCESS_TOKEN',
  }),
];
