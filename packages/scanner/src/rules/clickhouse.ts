import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const clickhouseRules: Rule[] = [
  prefixedToken({
    id: 'clickhouse-cloud-api-secret',
    provider: 'clickhouse',
    title: 'ClickHouse Cloud API secret key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: '4b1d',
    body: /[A-Za-z0-9]{38}/,
    sample: fake.alnum(38, 'clickhouse'),
    name: 'CLICKHOUSE_API_SECRET',
  }),
];
