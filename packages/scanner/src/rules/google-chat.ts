import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';

export const googleChatRules: Rule[] = [
  {
    id: 'google-chat-webhook-url',
    provider: 'google-chat',
    title: 'Google Chat incoming webhook URL',
    kind: 'webhook-url',
    sensitivity: 'medium',
    store: 'ssm-secure',
    keywords: ['chat.googleapis.com'],
    pattern: /(?<secret>https:\/\/chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]{8,16}\/messages\?key=[A-Za-z0-9_-]{39}&token=[A-Za-z0-9_%=-]{40,100})/,
    samples: {
      match: [`GCHAT_WEBHOOK=https://chat.googleapis.com/v1/spaces/${fake.base64url(11, 'gc1')}/messages?key=AIza${fake.base64url(35, 'gc2')}&token=${fake.base64url(43, 'gc3')}%3D`],
      noMatch: ['GCHAT_WEBHOOK=https://chat.googleapis.com/v1/spaces/SPACE_ID/messages?key=KEY&token=TOKEN'],
    },
  },
];
