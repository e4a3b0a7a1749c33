import { fake } from '@unleak/core';
import type { GenericRule } from './rule.js';

/** `secret`, `client_secret`, `jwtSecret`, `credentials`, `auth` assignments. */
export const genericSecret: GenericRule = {
  id: 'generic-secret',
  title: 'Hardcoded secret',
  role: 'secret',
  kind: 'secret',
  sensitivity: 'high',
  store: 'ssm-secure',
  key: /(?:^|_)secrets?(?:_|$)|secret$|(?:^|_)(?:credentials?|creds|auth|authorization|cookie_key|session_key|salt)$/,
  values: 'strict',
  minLength: 8,
  minEntropy: 2.8,
  refine: [
    { when: /client_secret|oauth|consumer_secret/, kind: 'oauth-secret' },
    { when: /jwt/, kind: 'jwt-secret' },
    { when: /webhook/, kind: 'webhook-secret' },
  ],
  samples: {
    match: [
      { file: 'src/auth.ts', text: `const jwtSecret = '${fake.password(32, 'jwt-secret')}';\n` },
      { file: 'appsettings.json', text: `{"AzureAd": {"ClientSecret": "${fake.alnum(34, 'azure-secret')}"}}` },
      { file: 'config/secrets.rb', text: `SECRET = "${fake.hex(48, 'rails-secret')}"\n` },
      { file: 'notes.txt', text: `"client_secret" : "${fake.hex(64, 'notes-client-secret')}",\n` },
    ],
    noMatch: [
      { file: 'src/auth.ts', text: "const secretName = 'prod/api/jwt';\nconst SECRET = process.env.SECRET;\n" },
      { file: 'values.yaml', text: 'existingSecret: db-credentials\nsecret_name: api-keys\n' },
      { file: 'src/auth.ts', text: "const clientSecret = 'client_secret';\n" },
      { file: 'src/secrets.d.ts', text: '  SecretString: "STRING_VALUE",\n  SecretBinary: new Uint8Array(),\n' },
      { file: 'README.md', text: '    options.auth = "user:password";\nSECRET_KEY=YOURSECRETKEYGOESHERE # comment\n' },
      { file: 'notes.txt', text: 'CREDENTIALS_ID = "K8S_CRED"\nkeyVaultToStoreSecrets: cmp2-qat-1208358310\n' },
      { file: 'issue.json', text: '{"security": [{"petstore_auth": ["write:pets", "read:pets"]}]}\n' },
      // JDK sources: TLS algorithm names and header names under secret-like keys.
      { file: 'SunJCE.java', text: 'List.of("SunTls12MasterSecret", "SunTlsExtendedMasterSecret"),\n' },
      { file: 'RSAKeyExchange.java', text: '"SunTls12RsaPremasterSecret" : "SunTlsRsaPremasterSecret";\n' },
      { file: 'AuthenticationFilter.java', text: 'String hdrname = proxy ? "Proxy-Authorization" : "Authorization";\n' },
      { file: 'urllib/request.py', text: "__all__ = ['HTTPPasswordMgrWithPriorAuth', 'AbstractBasicAuthHandler',\n" },
    ],
  },
};
