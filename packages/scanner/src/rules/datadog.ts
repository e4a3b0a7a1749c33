import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const datadogRules: Rule[] = [
  assignedSecret({
    id: 'datadog-api-key',
    provider: 'datadog',
    title: 'Datadog API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['datadog', 'dd_api', 'dd-api', 'ddapi'],
    key: /datadog[\w.-]{0,20}?api[_.-]?key|dd[_-]?api[_-]?key/,
    value: /[a-f0-9]{32}/,
    sample: fake.hex(32, 'dd-api'),
    name: 'DD_API_KEY',
  }),
  assignedSecret({
    id: 'datadog-app-key',
    provider: 'datadog',
    title: 'Datadog application key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['datadog', 'dd_app', 'dd-app', 'ddapp'],
    key: /datadog[\w.-]{0,20}?app(?:lication)?[_.-]?key|dd[_-]?app(?:lication)?[_-]?key/,
    value: /[a-f0-9]{40}/,
    sample: fake.hex(40, 'dd-app'),
    name: 'DD_APP_KEY',
  }),
];
