import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const messagebirdRules: Rule[] = [
  assignedSecret({
    id: 'messagebird-api-key',
    provider: 'messagebird',
    title: 'MessageBird (Bird) API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['messagebird', 'message_bird', 'message-bird'],
    key: /message[_-]?bird/,
    value: /[A-Za-z0-9]{25}/,
    sample: fake.alnum(25, 'messagebird'),
    name: 'MESSAGEBIRD_API_KEY',
  }),
];
