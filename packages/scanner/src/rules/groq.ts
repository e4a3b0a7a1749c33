import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const groqRules: Rule[] = [
  prefixedToken({
    id: 'groq-api-key',
    provider: 'groq',
    title: 'Groq API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'gsk_',
    body: /[A-Za-z0-9]{52}/,
    sample: fake.alnum(52, 'groq'),
    name: 'GROQ_API_KEY',
  }),
];
