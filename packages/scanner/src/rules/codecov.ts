import type { Rule } from '../rule.js';
import { assignedSecret, fakeUuid } from './shared.js';

export const codecovRules: Rule[] = [
  assignedSecret({
    id: 'codecov-upload-token',
    provider: 'codecov',
    title: 'Codecov upload token',
    kind: 'access-token',
    sensitivity: 'low',
    store: 'ssm-secure',
    keywords: ['codecov'],
    key: /codecov/,
    value: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9]{32}/,
    sample: fakeUuid('codecov'),
    name: 'CODECOV_TOKEN',
  }),
];
