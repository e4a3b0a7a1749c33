import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const frameioRules: Rule[] = [
  prefixedToken({
    id: 'frameio-api-token',
    provider: 'frameio',
    title: 'Frame.io API token',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'fio-u-',
    body: /[A-Za-z0-9_=-]{64}/,
    sample: fake.base64url(64, 'fio'),
    name: 'FRAMEIO_TOKEN',
  }),
];
