import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret, prefixedToken } from './shared.js';

export const sentryRules: Rule[] = [
  prefixedToken({
    id: 'sentry-user-token',
    provider: 'sentry',
    title: 'Sentry user auth token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'sntryu_',
    body: /[a-f0-9]{64}/,
    sample: fake.hex(64, 'sntryu'),
    name: 'SENTRY_AUTH_TOKEN',
  }),
  prefixedToken({
    id: 'sentry-org-token',
    provider: 'sentry',
    title: 'Sentry organization auth token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'sntrys_',
    body: /eyJpYXQiO[A-Za-z0-9+/=]{60,600}_[A-Za-z0-9+/]{43}/,
    sample: `eyJpYXQiO${fake.base64(120, 'sntrys1')}_${fake.base64(43, 'sntrys2')}`,
    name: 'SENTRY_AUTH_TOKEN',
  }),
  assignedSecret({
    id: 'sentry-auth-token-legacy',
    provider: 'sentry',
    title: 'Sentry auth token (legacy, 64 hex)',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['sentry'],
    key: /sentry[\w.-]{0,20}?(?:auth[_.-]?)?(?:token|key)/,
    value: /[a-f0-9]{64}/,
    sample: fake.hex(64, 'sentry-legacy'),
    name: 'SENTRY_AUTH_TOKEN',
    moreMatches: [`{"sentry_key": "${fake.hex(64, 'sentry-legacy2')}"}`],
  }),
];
