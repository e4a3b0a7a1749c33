import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const figmaRules: Rule[] = [
  prefixedToken({
    id: 'figma-pat',
    provider: 'figma',
    title: 'Figma personal access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'figd_',
    body: /[A-Za-z0-9_-]{40}/,
    sample: fake.base64url(40, 'figd'),
    name: 'FIGMA_TOKEN',
  }),
];
