import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const ibmRules: Rule[] = [
  assignedSecret({
    id: 'ibm-cloud-api-key',
    provider: 'ibm',
    title: 'IBM Cloud API key',
    kind: 'cloud-credential',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['ibm'],
    key: /ibm(?:[\w.-]{0,20}?(?:api[_.-]?key|cloud))?/,
    value: /[A-Za-z0-9_-]{44}/,
    sample: fake.base64url(44, 'ibm'),
    name: 'IBMCLOUD_API_KEY',
  }),
];
