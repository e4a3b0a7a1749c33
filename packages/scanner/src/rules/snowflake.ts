import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret, PASSWORD_PLACEHOLDERS } from './shared.js';

export const snowflakeRules: Rule[] = [
  assignedSecret({
    id: 'snowflake-password',
    provider: 'snowflake',
    title: 'Snowflake account password',
    kind: 'db-password',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['snowflake', 'snowsql'],
    key: /snow(?:flake|sql)[\w.-]{0,20}?(?:password|pwd)/,
    value: /[^\s'\"`]{8,128}/,
    sample: fake.password(20, 'snowflake').replace(/#/g, '!'),
    name: 'SNOWFLAKE_PASSWORD',
    allow: PASSWORD_PLACEHOLDERS,
    noMatch: ['snowflake.password=\njdbc.snowflake.url='],
  }),
];
