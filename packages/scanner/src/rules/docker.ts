import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const dockerRules: Rule[] = [
  prefixedToken({
    id: 'docker-hub-pat',
    provider: 'docker',
    title: 'Docker Hub personal access token',
    kind: 'registry-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'dckr' + '_pat_',
    body: /[A-Za-z0-9_-]{27}/,
    sample: fake.base64url(27, 'dckr-pat'),
    name: 'DOCKERHUB_TOKEN',
  }),
  prefixedToken({
    id: 'docker-hub-org-token',
    provider: 'docker',
    title: 'Docker Hub organization access token',
    kind: 'registry-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'dckr' + '_oat_',
    body: /[A-Za-z0-9_-]{32}/,
    sample: fake.base64url(32, 'dckr-oat'),
    name: 'DOCKERHUB_ORG_TOKEN',
  }),
  {
    id: 'docker-config-auth',
    provider: 'docker',
    title: 'Docker config.json registry auth',
    kind: 'docker-password',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['"auth"'],
    pattern: /"auth"\s{0,4}:\s{0,4}"(?<secret>[A-Za-z0-9+/]{8,2048}={0,2})"/,
    minEntropy: 3,
    validate: (secret) => Buffer.from(secret, 'base64').toString('latin1').includes(':'),
    samples: {
      match: [`{"auths": {"registry.example.com": {"auth": "${Buffer.from(`ci:${fake.password(24, 'dockercfg')}`).toString('base64')}"}}}`],
      noMatch: ['{"auths": {"registry.example.com": {"auth": ""}}}', `{"auth": "${Buffer.from(`registrytoken${fake.alnum(20, 'dockercfg2')}`).toString('base64')}"}`],
    },
  },
];
