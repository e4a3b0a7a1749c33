import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const databricksRules: Rule[] = [
  prefixedToken({
    id: 'databricks-token',
    provider: 'databricks',
    title: 'Databricks personal access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'dapi',
    body: /[a-f0-9]{32}(?:-\d)?/,
    sample: fake.hex(32, 'dapi'),
    name: 'DATABRICKS_TOKEN',
  }),
];
