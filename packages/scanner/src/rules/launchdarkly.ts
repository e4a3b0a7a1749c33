import type { Rule } from '../rule.js';
import { assignedSecret, fakeUuid } from './shared.js';

export const launchdarklyRules: Rule[] = [
  assignedSecret({
    id: 'launchdarkly-access-token',
    provider: 'launchdarkly',
    title: 'LaunchDarkly API access token / SDK key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['launchdarkly', 'launch_darkly', 'ld_'],
    key: /launch_?darkly|ld_(?:api|sdk|access)/,
    value: /(?:api|sdk)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
    sample: 'api-' + fakeUuid('launchdarkly'),
    name: 'LAUNCHDARKLY_ACCESS_TOKEN',
  }),
];
