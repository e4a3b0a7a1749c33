import type { Rule } from '../rule.js';
import { assignedSecret, fakeUuid } from './shared.js';

export const postmarkRules: Rule[] = [
  assignedSecret({
    id: 'postmark-server-token',
    provider: 'postmark',
    title: 'Postmark server API token',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['postmark'],
    key: /postmark/,
    value: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
    sample: fakeUuid('postmark'),
    name: 'POSTMARK_SERVER_TOKEN',
  }),
];
