import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const sumologicRules: Rule[] = [
  assignedSecret({
    id: 'sumologic-access-key',
    provider: 'sumologic',
    title: 'Sumo Logic access key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['sumo'],
    key: /sumo[_-]?(?:logic)?[\w.-]{0,20}?(?:access[_.-]?key|secret)/,
    value: /[A-Za-z0-9]{64}/,
    sample: fake.alnum(64, 'sumo'),
    name: 'SUMO_ACCESS_KEY',
  }),
];
