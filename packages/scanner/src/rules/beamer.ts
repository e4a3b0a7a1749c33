import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const beamerRules: Rule[] = [
  assignedSecret({
    id: 'beamer-api-token',
    provider: 'beamer',
    title: 'Beamer API token',
    kind: 'api-key',
    sensitivity: 'medium',
    store: 'ssm-secure',
    keywords: ['beamer'],
    key: /beamer/,
    value: /b_[A-Za-z0-9=_-]{44}/,
    sample: 'b_' + fake.base64url(44, 'beamer'),
    name: 'BEAMER_API_KEY',
  }),
];
