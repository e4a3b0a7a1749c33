import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret, prefixedToken } from './shared.js';

export const notionRules: Rule[] = [
  prefixedToken({
    id: 'notion-integration-token',
    provider: 'notion',
    title: 'Notion integration token',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'ntn' + '_',
    body: /[0-9]{11}[A-Za-z0-9]{35}/,
    sample: fake.digits(11, 'ntn1') + fake.alnum(35, 'ntn2'),
    name: 'NOTION_TOKEN',
  }),
  assignedSecret({
    id: 'notion-integration-token-legacy',
    provider: 'notion',
    title: 'Notion integration token (legacy secret_)',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['notion'],
    key: /notion/,
    value: /secret_[A-Za-z0-9]{43}/,
    sample: 'secret_' + fake.alnum(43, 'notion-legacy'),
    name: 'NOTION_API_KEY',
  }),
];
