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
      { file: 'notes.md', text: `# staging\n\nACCESS_TOKEN=${fake.alnum(40, 'notes-token')}\n` },
      { file: 'notes.txt', text: `'access_token': '${fake.base64(24, 'notes-quoted')}=='\n` },
      { file: 'bot.py', text: `discord_api_token = "${fake.digits(32, 'digits-token')}"\n` },
    ],
    noMatch: [
      { file: '.env', text: 'GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}\n' },
      { file: 'oauth.yaml', text: 'token_endpoint: https://login.example.org/oauth2/token\ntoken_url: /token\n' },
      { file: 'src/api.ts', text: "const csrfToken = 'X-CSRF-Token';\nconst tokenType = 'bearer';\n" },
      { file: 'src/api.ts', text: 'const token = req.headers.authorization;\n' },
      // A provider prefix with a body that provider's rule rejects, and a typed counting run.
      { file: 'client.py', text: 'anthropic_token = "sk-ant-oat01-tooShort"\n' },
      { file: '.env', text: `DATABRICKS_TOKEN=${'dap' + 'i123456789012345678a9bc01234defg5'}\n` },
      { file: '.env', text: `SNOWFLAKE_ID_TOKEN=${fake.digits(19, 'snowflake')}\nCOUNTER_TOKEN=${'0'.repeat(32)}\n` },
      { file: 'src/sts.d.ts', text: '  SessionToken: "STRING_VALUE", // required\n' },
      // Lexer token names (vite, vitest), an identifier between a key and the next key, a translated message.
      { file: 'dist/node.js', text: 'lastSignificantToken = "?InterpolationInTemplate";\nlastSignificantToken = "?InterpolationInJSX";\n' },
      { file: 'dist/github.js', text: "return { token: tokenFromEnv, headerName: 'Authorization' };\n" },
      { file: 'lib/ja/diagnosticMessages.generated.json', text: '{"Unexpected_token_1012": "予期しないトークンです。"}\n' },
      // SDK models and examples: pagination field names, idempotency tokens, a format string.
      { file: 'paginators-1.json', text: '{"input_token": "PaginationToken", "output_token": "NextToken"}\n' },
      { file: 'describe.json', text: '{"IdempotencyToken": "527c5358-2a1a-4b9e-b1b9-7293b0ddff42"}\n' },
      { file: 'waf/examples-1.json', text: '{"ChangeToken": "abcd12f2-46da-4fdb-b8d5-fbd4c466928f", "LifecycleActionToken": "bcd2f1b8-9a78-44d3-8a7a-4dd07d7cf635"}\n' },
      { file: 'paginators-1.json', text: '{"output_token": "StreamDescription.Shards[-1].ShardId"}\n' },
      { file: 'mingw32ccompiler.py', text: '<assemblyIdentity type="win32" processorArchitecture="*" publicKeyToken="1fc8b3b9a1e18e3b"></assemblyIdentity>\n' },
      { file: 'login.py', text: "auth_token_config = '//{}{}:_authToken'.format(\n" },
      { file: 'lib2to3/grammar.py', text: '    for name in ("symbol2number", "number2symbol", "states", "dfas", "labels", "keywords", "tokens", "symbol2label"):\n' },
      { file: 'README.md', text: "    'X-TOKEN-SECRET': 'SuperSecretToken',\nToken: Authentication happens through the gateway\npublicToken = \"" + fake.alnum(43, 'public-token') + '"\n' },
    ],
  },
};
