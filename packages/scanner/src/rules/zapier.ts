import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';

export const zapierRules: Rule[] = [
  {
    id: 'zapier-webhook-url',
    provider: 'zapier',
    title: 'Zapier catch hook URL',
    kind: 'webhook-url',
    sensitivity: 'low',
    store: 'ssm-secure',
    keywords: ['hooks.zapier.com'],
    pattern: /(?<secret>https:\/\/hooks\.zapier\.com\/hooks\/catch\/\d{5,10}\/[a-z0-9]{6,8})(?![a-z0-9])/,
    samples: {
      match: [`ZAP_HOOK=https://hooks.zapier.com/hooks/catch/${fake.digits(8, 'zap1')}/${fake.lower(7, 'zap2')}/`],
      noMatch: ['ZAP_HOOK=https://hooks.zapier.com/hooks/catch/<account>/<hook>/'],
    },
  },
];
