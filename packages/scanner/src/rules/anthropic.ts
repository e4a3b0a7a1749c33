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
  // OAuth tokens of Claude.ai subscriptions; Anthropic publishes no fixed length, so a floor of 40.
  prefixedToken({
    id: 'anthropic-oauth-token',
    provider: 'anthropic',
    title: 'Anthropic OAuth access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'sk-' + 'ant-oat01-',
    body: /[A-Za-z0-9_-]{40,300}/,
    sample: fake.base64url(100, 'ant-oat'),
    name: 'ANTHROPIC_OAUTH_TOKEN',
    noMatch: [`anthropic_token = "${'sk-' + 'ant-oat01-'}tooShort"`],
  }),
  prefixedToken({
    id: 'anthropic-oauth-refresh-token',
    provider: 'anthropic',
    title: 'Anthropic OAuth refresh token',
    kind: 'oauth-secret',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'sk-' + 'ant-ort01-',
    body: /[A-Za-z0-9_-]{40,300}/,
    sample: fake.base64url(100, 'ant-ort'),
    name: 'ANTHROPIC_REFRESH_TOKEN',
    noMatch: [`anthropic_token = "${'sk-' + 'ant-ort01-'}tooShort"`],
  }),
];
