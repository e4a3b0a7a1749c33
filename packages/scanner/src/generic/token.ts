import { fake } from '@unleak/core';
import type { GenericRule } from './rule.js';

/** `token`, `auth_token`, `access_token`, `bearerToken` assignments. */
export const genericToken: GenericRule = {
  id: 'generic-token',
  title: 'Hardcoded token',
  role: 'secret',
  kind: 'access-token',
  sensitivity: 'high',
  store: 'ssm-secure',
  key: /tokens?(?:_|$)/,
  values: 'strict',
  minLength: 12,
  minEntropy: 3,
  samples: {
    match: [
      { file: '.env', text: `SLACK_BOT_TOKEN=${fake.alnum(40, 'generic-token')}\n` },
      { file: 'src/api.ts', text: `headers: { authToken: '${fake.base64url(40, 'auth-token')}' }\n` },
      { file: 'config.toml', text: `[bot]\ntoken = "${fake.hex(40, 'toml-token')}"\n` },
    ],
    noMatch: [
      { file: '.env', text: 'GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}\n' },
      { file: 'oauth.yaml', text: 'token_endpoint: https://login.example.org/oauth2/token\ntoken_url: /token\n' },
      { file: 'src/api.ts', text: "const csrfToken = 'X-CSRF-Token';\nconst tokenType = 'bearer';\n" },
      { file: 'src/api.ts', text: 'const token = req.headers.authorization;\n' },
    ],
  },
};
