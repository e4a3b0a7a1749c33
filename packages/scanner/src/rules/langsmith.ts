import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const langsmithRules: Rule[] = [
  prefixedToken({
    id: 'langsmith-api-key',
    provider: 'langsmith',
    title: 'LangSmith API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'lsv2_',
    body: /(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}/,
    sample: `pt_${fake.hex(32, 'ls1')}_${fake.hex(10, 'ls2')}`,
    name: 'LANGSMITH_API_KEY',
  }),
];
