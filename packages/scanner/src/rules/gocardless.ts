import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { assignedSecret } from './shared.js';

export const gocardlessRules: Rule[] = [
  assignedSecret({
    id: 'gocardless-access-token',
    provider: 'gocardless',
    title: 'GoCardless live access token',
    kind: 'payment-key',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['gocardless'],
    key: /gocardless/,
    value: /live_[A-Za-z0-9_=-]{40}/,
    sample: 'live_' + fake.base64url(40, 'gocardless'),
    name: 'GOCARDLESS_ACCESS_TOKEN',
  }),
];
