import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret, prefixedToken } from './shared.js';

export const airtableRules: Rule[] = [
  prefixedToken({
    id: 'airtable-pat',
    provider: 'airtable',
    title: 'Airtable personal access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'pat',
    body: /[A-Za-z0-9]{14}\.[a-f0-9]{64}/,
    sample: `${fake.alnum(14, 'airtable1')}.${fake.hex(64, 'airtable2')}`,
    name: 'AIRTABLE_TOKEN',
  }),
  assignedSecret({
    id: 'airtable-api-key-legacy',
    provider: 'airtable',
    title: 'Airtable API key (legacy key…)',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['airtable'],
    key: /airtable/,
    value: /key[A-Za-z0-9]{14}/,
    sample: 'key' + fake.alnum(14, 'airtable-legacy'),
    name: 'AIRTABLE_API_KEY',
  }),
];
