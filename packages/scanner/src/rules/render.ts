import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const renderRules: Rule[] = [
  prefixedToken({
    id: 'render-api-key',
    provider: 'render',
    title: 'Render API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'rnd_',
    body: /[A-Za-z0-9]{32}/,
    sample: fake.alnum(32, 'render'),
    name: 'RENDER_API_KEY',
  }),
];
