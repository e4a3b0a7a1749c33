import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';

export const maxmindRules: Rule[] = [
  {
    id: 'maxmind-license-key',
    provider: 'maxmind',
    title: 'MaxMind license key',
    kind: 'api-key',
    sensitivity: 'medium',
    store: 'ssm-secure',
    keywords: ['_mmk'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)(?![A-Za-z0-9_])/,
    minEntropy: 3,
    samples: {
      match: [`MAXMIND_LICENSE_KEY=${fake.alnum(6, 'mm1')}_${fake.alnum(29, 'mm2')}_mmk`],
      noMatch: ['MAXMIND_LICENSE_KEY=xxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxx_mmk', `MAXMIND_LICENSE_KEY=${fake.alnum(6, 'mm3')}_${fake.alnum(12, 'mm4')}_mmk`],
    },
  },
];
