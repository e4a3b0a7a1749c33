import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

const letters = (n: number, seed: string) => fake.alnum(n * 2, seed).replace(/[0-9]/g, '').padEnd(n, 'q').slice(0, n);

export const huggingfaceRules: Rule[] = [
  prefixedToken({
    id: 'huggingface-access-token',
    provider: 'huggingface',
    title: 'Hugging Face access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'hf' + '_',
    // Issued tokens are letters; digits are accepted too, since a 34-character body after `hf_` is the token either way.
    body: /[A-Za-z0-9]{34}/,
    sample: letters(34, 'hf'),
    name: 'HF_TOKEN',
    moreMatches: [`HF_TOKEN=${'hf' + '_'}${fake.alnum(34, 'hf-digits')}`],
  }),
  prefixedToken({
    id: 'huggingface-org-token',
    provider: 'huggingface',
    title: 'Hugging Face organization API token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'api_org_',
    body: /[A-Za-z]{34}/,
    sample: letters(34, 'hf-org'),
    name: 'HF_ORG_TOKEN',
  }),
];
