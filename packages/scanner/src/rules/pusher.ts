import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const pusherRules: Rule[] = [
  assignedSecret({
    id: 'pusher-app-secret',
    provider: 'pusher',
    title: 'Pusher Channels app secret',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['pusher'],
    key: /pusher[\w.-]{0,20}?secret/,
    value: /[a-f0-9]{20}/,
    sample: fake.hex(20, 'pusher'),
    name: 'PUSHER_APP_SECRET',
  }),
];
