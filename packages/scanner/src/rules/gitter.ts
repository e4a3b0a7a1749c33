import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const gitterRules: Rule[] = [
  assignedSecret({
    id: 'gitter-access-token',
    provider: 'gitter',
    title: 'Gitter access token',
    kind: 'access-token',
    sensitivity: 'medium',
    store: 'ssm-secure',
    keywords: ['gitter'],
    key: /gitter/,
    value: /[a-z0-9_-]{40}/,
    sample: fake.lower(40, 'gitter'),
    name: 'GITTER_TOKEN',
  }),
];
