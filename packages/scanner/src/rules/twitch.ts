import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const twitchRules: Rule[] = [
  assignedSecret({
    id: 'twitch-api-token',
    provider: 'twitch',
    title: 'Twitch API token / client secret',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['twitch'],
    key: /twitch/,
    value: /[a-z0-9]{30}/,
    sample: fake.lower(30, 'twitch'),
    name: 'TWITCH_CLIENT_SECRET',
  }),
];
