import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';

export const sidekiqRules: Rule[] = [
  {
    id: 'sidekiq-enterprise-credentials',
    provider: 'sidekiq',
    title: 'Sidekiq Pro / Enterprise gem server credentials',
    kind: 'registry-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['contribsys'],
    pattern: /BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM['"]?\s{0,4}[:=]\s{0,4}['"]?(?<secret>[a-f0-9]{8}:[a-f0-9]{8})(?![a-f0-9])/i,
    samples: {
      match: [`BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${fake.hex(8, 'sk1')}:${fake.hex(8, 'sk2')}`],
      noMatch: ['BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${SIDEKIQ_CREDS}'],
    },
  },
];
