import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const pineconeRules: Rule[] = [
  prefixedToken({
    id: 'pinecone-api-key',
    provider: 'pinecone',
    title: 'Pinecone API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'pcsk_',
    body: /[A-Za-z0-9]{5,6}_[A-Za-z0-9]{60,80}/,
    sample: `${fake.alnum(6, 'pc1')}_${fake.alnum(63, 'pc2')}`,
    name: 'PINECONE_API_KEY',
  }),
];
