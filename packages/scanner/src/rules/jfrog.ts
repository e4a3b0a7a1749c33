import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const jfrogRules: Rule[] = [
  prefixedToken({
    id: 'jfrog-api-key',
    provider: 'jfrog',
    title: 'JFrog Artifactory API key',
    kind: 'registry-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'AKCp',
    body: /[A-Za-z0-9]{69}/,
    sample: fake.alnum(69, 'jfrog'),
    name: 'ARTIFACTORY_API_KEY',
  }),
  prefixedToken({
    id: 'jfrog-reference-token',
    provider: 'jfrog',
    title: 'JFrog reference (identity) token',
    kind: 'registry-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'cmVmdGtuOjAxOj',
    body: /[A-Za-z0-9]{50,80}/,
    sample: fake.alnum(50, 'jfrog-ref'),
    name: 'JFROG_ACCESS_TOKEN',
  }),
];
