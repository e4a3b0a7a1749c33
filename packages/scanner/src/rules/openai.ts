import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';

/** `T3BlbkFJ` is base64 for "OpenAI"; every OpenAI secret key carries it in the middle. */
const MARKER = 'T3Blbk' + 'FJ';

export const openaiRules: Rule[] = [
  {
    id: 'openai-api-key',
    provider: 'openai',
    title: 'OpenAI API key (user, project, service account or admin)',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['t3blbkfj'],
    pattern:
      // The marker carries the precision, so any `sk-…` prefix before it is accepted: project, svcacct and
      // admin keys, legacy user keys, and legacy service-account keys named `sk-<account-name>-…`.
      /(?<![A-Za-z0-9_-])(?<secret>sk-[A-Za-z0-9_-]{20,180}T3BlbkFJ[A-Za-z0-9_-]{20,160})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    samples: {
      match: [
        `OPENAI_API_KEY=sk-${fake.alnum(20, 'oai1')}${MARKER}${fake.alnum(20, 'oai2')}`,
        `OPENAI_API_KEY="sk-proj-${fake.base64url(74, 'oai3')}${MARKER}${fake.base64url(74, 'oai4')}"`,
        `key = 'sk-svcacct-${fake.base64url(74, 'oai5')}${MARKER}${fake.base64url(74, 'oai6')}'`,
        `OPENAI_API_KEY = "sk-ingest-worker-${fake.alnum(20, 'oai9')}${MARKER}${fake.alnum(24, 'oai10')}"`,
      ],
      noMatch: ['OPENAI_API_KEY=sk-...', `OPENAI_API_KEY=sk-${fake.alnum(48, 'oai7')}`, `OPENAI_API_KEY=sk-${fake.alnum(5, 'oai8')}${MARKER}`],
    },
  },
];
