import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const lobRules: Rule[] = [
  assignedSecret({
    id: 'lob-api-key',
    provider: 'lob',
    title: 'Lob API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['lob_', 'lob-', 'lob.'],
    key: /\blob[_.-]/,
    value: /(?:live|test)_[a-f0-9]{35}/,
    sample: 'live_' + fake.hex(35, 'lob'),
    name: 'LOB_API_KEY',
  }),
];
