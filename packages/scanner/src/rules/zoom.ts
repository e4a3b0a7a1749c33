import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const zoomRules: Rule[] = [
  assignedSecret({
    id: 'zoom-client-secret',
    provider: 'zoom',
    title: 'Zoom OAuth / S2S client secret',
    kind: 'oauth-secret',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['zoom'],
    key: /zoom[\w.-]{0,20}?secret/,
    value: /[A-Za-z0-9]{32}/,
    sample: fake.alnum(32, 'zoom'),
    name: 'ZOOM_CLIENT_SECRET',
  }),
];
