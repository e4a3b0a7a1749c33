import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const mattermostRules: Rule[] = [
  assignedSecret({
    id: 'mattermost-access-token',
    provider: 'mattermost',
    title: 'Mattermost personal access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['mattermost'],
    key: /mattermost/,
    value: /[a-z0-9]{26}/,
    sample: fake.lower(26, 'mattermost'),
    name: 'MATTERMOST_TOKEN',
  }),
];
