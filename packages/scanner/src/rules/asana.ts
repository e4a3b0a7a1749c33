import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const asanaRules: Rule[] = [
  assignedSecret({
    id: 'asana-pat',
    provider: 'asana',
    title: 'Asana personal access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['asana'],
    key: /asana/,
    value: /[0-9]\/[0-9]{16}(?:\/[0-9]{16})?:[A-Za-z0-9]{32}/,
    sample: `2/${fake.digits(16, 'asana1')}/${fake.digits(16, 'asana2')}:${fake.alnum(32, 'asana3')}`,
    name: 'ASANA_TOKEN',
  }),
];
