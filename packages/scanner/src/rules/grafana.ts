import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const grafanaRules: Rule[] = [
  prefixedToken({
    id: 'grafana-cloud-token',
    provider: 'grafana',
    title: 'Grafana Cloud API token',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'glc_',
    body: /[A-Za-z0-9+/]{32,400}={0,2}/,
    sample: fake.base64(120, 'glc'),
    name: 'GRAFANA_CLOUD_TOKEN',
  }),
  prefixedToken({
    id: 'grafana-service-account-token',
    provider: 'grafana',
    title: 'Grafana service account token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'glsa_',
    body: /[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}/,
    sample: `${fake.alnum(32, 'glsa1')}_${fake.hex(8, 'glsa2')}`,
    name: 'GRAFANA_TOKEN',
  }),
  prefixedToken({
    id: 'grafana-api-key-legacy',
    provider: 'grafana',
    title: 'Grafana API key (legacy)',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'eyJrIjoi',
    body: /[A-Za-z0-9]{42,400}={0,3}/,
    sample: fake.alnum(92, 'grafana-legacy'),
    name: 'GRAFANA_API_KEY',
  }),
];
