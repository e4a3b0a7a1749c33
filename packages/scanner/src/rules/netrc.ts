import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { PASSWORD_PLACEHOLDERS } from './shared.js';

export const netrcRules: Rule[] = [
  {
    id: 'netrc-password',
    provider: 'netrc',
    title: '.netrc / _netrc machine password',
    kind: 'password',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['machine'],
    pattern: /\bmachine\s{1,16}(?<host>[^\s]{1,253})\s{1,16}(?:login\s{1,16}(?<username>[^\s]{1,128})\s{1,16})?password\s{1,16}(?<secret>[^\s'"`]{1,256})/,
    allow: PASSWORD_PLACEHOLDERS,
    samples: {
      match: [
        `machine api.heroku.com\n  login ops@example.com\n  password ${fake.alnum(32, 'netrc1')}\n`,
        `machine github.com login ci-bot password ${'gh' + 'p_'}${fake.alnum(36, 'netrc2')}`,
      ],
      noMatch: ['machine github.com login ci-bot password ${GITHUB_TOKEN}', 'machine github.com login ci-bot'],
    },
  },
];
