import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret, prefixedToken } from './shared.js';

export const twilioRules: Rule[] = [
  prefixedToken({
    id: 'twilio-api-key',
    provider: 'twilio',
    title: 'Twilio API key SID',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'SK',
    body: /[0-9a-f]{32}/,
    sample: fake.hex(32, 'twilio-sk'),
    name: 'TWILIO_API_KEY',
  }),
  assignedSecret({
    id: 'twilio-auth-token',
    provider: 'twilio',
    title: 'Twilio auth token / API secret',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['twilio'],
    key: /twilio[\w.-]{0,20}?(?:auth[_.-]?token|secret|token)/,
    value: /[0-9a-f]{32}/,
    sample: fake.hex(32, 'twilio-auth'),
    name: 'TWILIO_AUTH_TOKEN',
  }),
];
