import type { Rule } from '../rule.js';
import { assignedSecret, fakeUuid } from './shared.js';

export const snykRules: Rule[] = [
  assignedSecret({
    id: 'snyk-api-token',
    provider: 'snyk',
    title: 'Snyk API token',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['snyk'],
    key: /snyk/,
    value: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
    sample: fakeUuid('snyk'),
    name: 'SNYK_TOKEN',
  }),
];
