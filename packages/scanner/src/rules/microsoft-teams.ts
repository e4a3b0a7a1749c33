import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { fakeUuid } from './shared.js';

export const microsoftTeamsRules: Rule[] = [
  {
    id: 'microsoft-teams-webhook-url',
    provider: 'microsoft-teams',
    title: 'Microsoft Teams incoming webhook URL',
    kind: 'webhook-url',
    sensitivity: 'medium',
    store: 'ssm-secure',
    keywords: ['webhook.office.com'],
    pattern:
      /(?<secret>https:\/\/[a-z0-9-]{1,64}\.webhook\.office\.com\/webhookb2\/[0-9a-f-]{36}@[0-9a-f-]{36}\/IncomingWebhook\/[A-Za-z0-9]{32}\/[0-9a-f-]{36}(?:\/[A-Za-z0-9_-]{40,60})?)/,
    samples: {
      match: [`TEAMS_WEBHOOK=https://contoso.webhook.office.com/webhookb2/${fakeUuid('t1')}@${fakeUuid('t2')}/IncomingWebhook/${fake.alnum(32, 't3')}/${fakeUuid('t4')}`],
      noMatch: ['TEAMS_WEBHOOK=https://contoso.webhook.office.com/webhookb2/<id>/IncomingWebhook/<token>'],
    },
  },
];
