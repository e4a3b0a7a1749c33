import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const typeformRules: Rule[] = [
  prefixedToken({
    id: 'typeform-pat',
    provider: 'typeform',
    title: 'Typeform personal access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'tfp_',
    body: /[A-Za-z0-9_.=-]{59}/,
    sample: fake.base64url(59, 'typeform'),
    name: 'TYPEFORM_TOKEN',
  }),
];
