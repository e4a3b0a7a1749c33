import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

export const anthropicRules: Rule[] = [
  prefixedToken({
    id: 'anthropic-api-key',
    provider: 'anthropic',
    title: 'Anthropic API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'sk-' + 'ant-api03-',
    body: /[A-Za-z0-9_-]{93}AA/,
    sample: fake.base64url(93, 'ant') + 'AA',
    name: 'ANTHROPIC_API_KEY',
  }),
  prefixedToken({
    id: 'anthropic-admin-key',
    provider: 'anthropic',
    title: 'Anthropic admin API key',
    kind: 'api-key',
    sensitivity: 'critical',
    store: 'secrets-manager',
    prefix: 'sk-' + 'ant-admin01-',
    body: /[A-Za-z0-9_-]{93}AA/,
    sample: fake.base64url(93, 'ant-admin') + 'AA',
    name: 'ANTHROPIC_ADMIN_KEY',
  }),
];
