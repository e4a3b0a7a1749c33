import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const dopplerRules: Rule[] = [
  prefixedToken({
    id: 'doppler-personal-token',
    provider: 'doppler',
    title: 'Doppler personal token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'dp.pt.',
    body: /[A-Za-z0-9]{43}/,
    sample: fake.alnum(43, 'dp-pt'),
    name: 'DOPPLER_TOKEN',
  }),
  prefixedToken({
    id: 'doppler-service-token',
    provider: 'doppler',
    title: 'Doppler service token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'dp.st.',
    body: /(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44}/,
    sample: 'prd.' + fake.alnum(43, 'dp-st'),
    name: 'DOPPLER_TOKEN',
  }),
  prefixedToken({
    id: 'doppler-service-account-token',
    provider: 'doppler',
    title: 'Doppler service account token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'dp.sa.',
    body: /[A-Za-z0-9]{40,44}/,
    sample: fake.alnum(43, 'dp-sa'),
    name: 'DOPPLER_TOKEN',
  }),
];
