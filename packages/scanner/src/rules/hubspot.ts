import type { Rule } from '../rule.js';
import { assignedSecret, fakeUuid, prefixedToken } from './shared.js';

export const hubspotRules: Rule[] = [
  prefixedToken({
    id: 'hubspot-private-app-token',
    provider: 'hubspot',
    title: 'HubSpot private app access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'pat-',
    body: /(?:na|eu|ap)\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
    sample: 'na1-' + fakeUuid('hubspot'),
    name: 'HUBSPOT_ACCESS_TOKEN',
  }),
  assignedSecret({
    id: 'hubspot-api-key-legacy',
    provider: 'hubspot',
    title: 'HubSpot API key (legacy hapikey)',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['hubspot', 'hapikey'],
    key: /hubspot|hapikey/,
    value: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
    sample: fakeUuid('hapikey'),
    name: 'HUBSPOT_API_KEY',
  }),
];
