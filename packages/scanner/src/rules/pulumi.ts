import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const pulumiRules: Rule[] = [
  prefixedToken({
    id: 'pulumi-access-token',
    provider: 'pulumi',
    title: 'Pulumi access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'pul-',
    body: /[a-f0-9]{40}/,
    sample: fake.hex(40, 'pulumi'),
    name: 'PULUMI_ACCESS_TOKEN',
  }),
];
