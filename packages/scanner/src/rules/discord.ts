import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const discordRules: Rule[] = [
  assignedSecret({
    id: 'discord-bot-token',
    provider: 'discord',
    title: 'Discord bot token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['discord'],
    key: /discord/,
    value: /[MNO][A-Za-z\d_-]{23,27}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,38}/,
    sample: `M${fake.alnum(25, 'dc1')}.${fake.base64url(6, 'dc2')}.${fake.base64url(38, 'dc3')}`,
    name: 'DISCORD_BOT_TOKEN',
  }),
  {
    id: 'discord-webhook-url',
    provider: 'discord',
    title: 'Discord webhook URL',
    kind: 'webhook-url',
    sensitivity: 'medium',
    store: 'ssm-secure',
    keywords: ['/api/webhooks/'],
    pattern: /(?<secret>https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/(?<username>\d{17,20})\/[A-Za-z0-9_-]{60,72})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    samples: {
      match: [`DISCORD_WEBHOOK=https://discord.com/api/webhooks/${fake.digits(19, 'dw1')}/${fake.base64url(68, 'dw2')}`],
      noMatch: ['DISCORD_WEBHOOK=https://discord.com/api/webhooks/<id>/<token>', `https://discord.com/api/webhooks/${fake.digits(19, 'dw3')}/${fake.base64url(20, 'dw4')}`],
    },
  },
  assignedSecret({
    id: 'discord-client-secret',
    provider: 'discord',
    title: 'Discord OAuth client secret',
    kind: 'oauth-secret',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['discord'],
    key: /discord[\w.-]{0,20}?(?:client|oauth)[_.-]?secret/,
    value: /[A-Za-z0-9_-]{32}/,
    sample: fake.base64url(32, 'dcs'),
    name: 'DISCORD_CLIENT_SECRET',
  }),
];
