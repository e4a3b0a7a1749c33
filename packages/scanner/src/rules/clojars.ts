import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const clojarsRules: Rule[] = [
  prefixedToken({
    id: 'clojars-deploy-token',
    provider: 'clojars',
    title: 'Clojars deploy token',
    kind: 'registry-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'CLOJARS_',
    body: /[a-z0-9]{60}/i,
    sample: fake.lower(60, 'clojars'),
    name: 'CLOJARS_PASSWORD',
  }),
];
