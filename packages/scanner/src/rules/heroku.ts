import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret, prefixedToken, UUID } from './shared.js';

export const herokuRules: Rule[] = [
  prefixedToken({
    id: 'heroku-api-key',
    provider: 'heroku',
    title: 'Heroku API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'HRKU-',
    body: /AA[A-Za-z0-9_-]{58}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
    sample: 'AA' + fake.base64url(58, 'hrku'),
    name: 'HEROKU_API_KEY',
  }),
  assignedSecret({
    id: 'heroku-api-key-legacy',
    provider: 'heroku',
    title: 'Heroku API key (legacy UUID)',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['heroku'],
    key: /heroku[\w.-]{0,20}?(?:api[_.-]?key|token|key)/,
    value: UUID,
    sample: `${fake.hex(8, 'hk1')}-${fake.hex(4, 'hk2')}-${fake.hex(4, 'hk3')}-${fake.hex(4, 'hk4')}-${fake.hex(12, 'hk5')}`,
    name: 'HEROKU_API_KEY',
  }),
];
