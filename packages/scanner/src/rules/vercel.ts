import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const vercelRules: Rule[] = [
  assignedSecret({
    id: 'vercel-access-token',
    provider: 'vercel',
    title: 'Vercel access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['vercel'],
    key: /vercel/,
    value: /[A-Za-z0-9]{24}/,
    sample: fake.alnum(24, 'vercel'),
    name: 'VERCEL_TOKEN',
  }),
];
