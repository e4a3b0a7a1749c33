import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret, prefixedToken } from './shared.js';

export const segmentRules: Rule[] = [
  prefixedToken({
    id: 'segment-public-api-token',
    provider: 'segment',
    title: 'Segment public API token',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'sgp_',
    body: /[A-Za-z0-9]{64}/,
    sample: fake.alnum(64, 'segment'),
    name: 'SEGMENT_TOKEN',
  }),
  assignedSecret({
    id: 'segment-write-key',
    provider: 'segment',
    title: 'Segment write key',
    kind: 'api-key',
    sensitivity: 'low',
    store: 'ssm-secure',
    keywords: ['segment'],
    key: /segment[\w.-]{0,20}?write[_.-]?key/,
    value: /[A-Za-z0-9]{32}/,
    sample: fake.alnum(32, 'segment-write'),
    name: 'SEGMENT_WRITE_KEY',
  }),
];
