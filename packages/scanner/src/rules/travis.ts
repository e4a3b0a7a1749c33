import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const travisRules: Rule[] = [
  assignedSecret({
    id: 'travis-ci-token',
    provider: 'travis',
    title: 'Travis CI access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['travis'],
    key: /travis/,
    value: /[A-Za-z0-9_-]{22}/,
    sample: fake.base64url(22, 'travis'),
    name: 'TRAVIS_TOKEN',
  }),
];
