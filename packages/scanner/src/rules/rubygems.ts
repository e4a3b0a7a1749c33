import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const rubygemsRules: Rule[] = [
  prefixedToken({
    id: 'rubygems-api-key',
    provider: 'rubygems',
    title: 'RubyGems API key',
    kind: 'registry-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'rubygems_',
    body: /[a-f0-9]{48}/,
    sample: fake.hex(48, 'rubygems'),
    name: 'GEM_HOST_API_KEY',
  }),
];
