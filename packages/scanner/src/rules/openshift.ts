import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const openshiftRules: Rule[] = [
  prefixedToken({
    id: 'openshift-user-token',
    provider: 'openshift',
    title: 'OpenShift user / OAuth token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'sha256~',
    body: /[A-Za-z0-9_-]{43}/,
    sample: fake.base64url(43, 'openshift'),
    name: 'OC_TOKEN',
  }),
];
