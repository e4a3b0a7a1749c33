import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';

/** GitHub tokens: a 3-letter prefix + `_` + 36 base62 characters (the last 6 are a CRC32 checksum). */
function githubToken(id: string, prefix: string, title: string, kind: string, sensitivity: Rule['sensitivity']): Rule {
  return {
    id,
    provider: 'github',
    title,
    kind,
    sensitivity,
    store: 'secrets-manager',
    keywords: [`${prefix}_`],
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?<secret>${prefix}_[A-Za-z0-9]{36})(?![A-Za-z0-9_])`),
    minEntropy: 3,
    samples: {
      match: [`GITHUB_TOKEN=${prefix}_${fake.alnum(36, id)}`, `token: "${prefix}_${fake.alnum(36, `${id}-2`)}"`],
      noMatch: [`GITHUB_TOKEN=${prefix}_${fake.alnum(30, id)}`, `token: ${prefix}_${'x'.repeat(36)}`, 'token: ${{ secrets.GITHUB_TOKEN }}'],
    },
  };
}

export const githubRules: Rule[] = [
  githubToken('github-pat-classic', 'gh' + 'p', 'GitHub personal access token (classic)', 'access-token', 'high'),
  githubToken('github-oauth-token', 'gh' + 'o', 'GitHub OAuth access token', 'access-token', 'high'),
  githubToken('github-app-installation-token', 'gh' + 's', 'GitHub App installation token', 'access-token', 'high'),
  githubToken('github-app-user-token', 'gh' + 'u', 'GitHub App user-to-server token', 'access-token', 'high'),
  githubToken('github-refresh-token', 'gh' + 'r', 'GitHub refresh token', 'oauth-secret', 'high'),
  {
    id: 'github-pat-fine-grained',
    provider: 'github',
    title: 'GitHub fine-grained personal access token',
    kind: 'access-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['github_pat_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/,
    minEntropy: 3,
    samples: {
      match: [`GH_TOKEN=${'github' + '_pat_'}${fake.alnum(22, 'ghfg1')}_${fake.alnum(59, 'ghfg2')}`],
      noMatch: [`GH_TOKEN=${'github' + '_pat_'}${fake.alnum(22, 'ghfg3')}_${fake.alnum(20, 'ghfg4')}`, 'GH_TOKEN=github_pat_<your-token>'],
    },
  },
  {
    id: 'github-oauth-client-secret',
    provider: 'github',
    title: 'GitHub OAuth app client secret',
    kind: 'oauth-secret',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['github'],
    pattern:
      /github[\w.-]{0,20}?client[_.-]?secret['"`]?[ \t]{0,8}(?:=>|:=|[:=])[ \t]{0,8}['"`]?(?<secret>[0-9a-f]{40})(?![\w-])/i,
    minEntropy: 3,
    samples: {
      match: [`GITHUB_CLIENT_SECRET=${fake.hex(40, 'ghcs1')}`],
      noMatch: [`GITHUB_CLIENT_SECRET=${fake.hex(32, 'ghcs2')}`, 'GITHUB_CLIENT_SECRET=${GITHUB_CLIENT_SECRET}'],
    },
  },
];
