import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken, PASSWORD_PLACEHOLDERS } from './shared.js';

export const nugetRules: Rule[] = [
  prefixedToken({
    id: 'nuget-api-key',
    provider: 'nuget',
    title: 'NuGet API key',
    kind: 'registry-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'oy2',
    body: /[a-z0-9]{43}/,
    sample: fake.lower(43, 'nuget'),
    name: 'NUGET_API_KEY',
  }),
  {
    id: 'nuget-config-password',
    provider: 'nuget',
    title: 'NuGet.config package source password',
    kind: 'registry-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['password"'],
    pattern: /<add\s{1,8}key\s{0,4}=\s{0,4}"(?:ClearText)?Password"\s{1,8}value\s{0,4}=\s{0,4}"(?<secret>[^"]{8,512})"\s{0,8}\/>/i,
    allow: PASSWORD_PLACEHOLDERS,
    samples: {
      match: [`<packageSourceCredentials>\n  <internal>\n    <add key="Username" value="ci" />\n    <add key="ClearTextPassword" value="${fake.password(24, 'nuget-pw')}" />\n  </internal>\n</packageSourceCredentials>`],
      noMatch: ['<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />', '<add key="ClearTextPassword" value="short" />'],
    },
  },
];
