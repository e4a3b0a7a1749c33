import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const denoRules: Rule[] = [
  prefixedToken({
    id: 'deno-deploy-token',
    provider: 'deno',
    title: 'Deno Deploy access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'ddp_',
    body: /[A-Za-z0-9]{36}/,
    sample: fake.alnum(36, 'ddp'),
    name: 'DENO_DEPLOY_TOKEN',
  }),
];
