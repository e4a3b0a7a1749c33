import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const harnessRules: Rule[] = [
  prefixedToken({
    id: 'harness-pat',
    provider: 'harness',
    title: 'Harness personal / service account token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'pat.',
    body: /[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}/,
    sample: `${fake.base64url(22, 'hn1')}.${fake.alnum(24, 'hn2')}.${fake.alnum(20, 'hn3')}`,
    name: 'HARNESS_API_KEY',
  }),
  prefixedToken({
    id: 'harness-service-account-token',
    provider: 'harness',
    title: 'Harness service account token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'sat.',
    body: /[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}/,
    sample: `${fake.base64url(22, 'hs1')}.${fake.alnum(24, 'hs2')}.${fake.alnum(20, 'hs3')}`,
    name: 'HARNESS_SAT',
  }),
];
