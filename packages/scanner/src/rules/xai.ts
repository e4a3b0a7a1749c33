import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const xaiRules: Rule[] = [
  prefixedToken({
    id: 'xai-api-key',
    provider: 'xai',
    title: 'xAI API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'xai-',
    body: /[A-Za-z0-9]{80}/,
    sample: fake.alnum(80, 'xai'),
    name: 'XAI_API_KEY',
  }),
];
