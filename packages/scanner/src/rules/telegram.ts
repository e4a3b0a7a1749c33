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
  {
    id: 'telegram-bot-token-assigned',
    provider: 'telegram',
    title: 'Telegram bot token (assigned to a Telegram name)',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['telegr'],
    // Tokens outside the usual `<id>:AA…` shape (the docs' `:ABC-…`, 5–16 digit bot ids) count only next to a
    // Telegram name: `TELEGRAM_TOKEN=`, `"telegram_key": `, `telegram bot: `, `new Telegraf(`.
    pattern:
      /telegr[\w .-]{0,30}?["'`]?[ \t]{0,8}(?:=>|:=|[:=(])[ \t]{0,8}["'`]?(?<secret>\d{5,16}:A[A-Za-z0-9_-]{34})(?![A-Za-z0-9_-])/i,
    minEntropy: 3,
    samples: {
      match: [
        `{"telegram_key": "${fake.digits(8, 'tga1')}:A${fake.lower(34, 'tga2')}"}`,
        `const bot = new Telegraf("${fake.digits(8, 'tga3')}:A${fake.lower(34, 'tga4')}")`,
        `telegram bot: ${fake.digits(5, 'tga5')}:A${fake.base64url(34, 'tga6')}`,
      ],
      noMatch: [
        `<xsd:element name="AgencyIdentificationCode" type="clm${fake.digits(5, 'tga7')}:AgencyIdentificationCodeContentType"/>`,
        `telegram_token = "${fake.digits(8, 'tga8')}:Ahello${fake.lower(34, 'tga9')}"`,
        `telegram_token = "${fake.digits(8, 'tga10')}:A${fake.lower(34, 'tga11')}-some-other-thing"`,
        'TELEGRAM_TOKEN=${TELEGRAM_TOKEN}',
      ],
    },
  },
];
