import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';

export const telegramRules: Rule[] = [
  {
    id: 'telegram-bot-token',
    provider: 'telegram',
    title: 'Telegram bot token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: [':aa'],
    pattern: /(?<![A-Za-z0-9_:])(?<secret>\d{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    samples: {
      match: [`TELEGRAM_BOT_TOKEN=${fake.digits(10, 'tg1')}:AA${fake.base64url(33, 'tg2')}`, `bot = Bot("${fake.digits(9, 'tg3')}:AA${fake.base64url(33, 'tg4')}")`],
      noMatch: ['TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `TELEGRAM_BOT_TOKEN=${fake.digits(10, 'tg5')}:AA${fake.base64url(20, 'tg6')}`],
    },
  },
];
