import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

const pemBody = (seed: string) => fake.base64(64 * 4, seed).replace(/(.{64})/g, '$1\\n');

export const gcpRules: Rule[] = [
  {
    id: 'gcp-service-account-private-key',
    provider: 'gcp',
    title: 'GCP service-account key file (private_key)',
    kind: 'private-key',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['"private_key"'],
    pattern:
      /"private_key"\s{0,4}:\s{0,4}"(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\n|\s){1,4}[A-Za-z0-9+/=\\\s]{64,8192}?-----END (?:RSA )?PRIVATE KEY-----(?:\\n)?)"/,
    samples: {
      match: [
        `{"type": "service_account", "project_id": "demo", "private_key_id": "${fake.hex(40, 'gsa1')}", "private_key": "-----BEGIN PRIVATE KEY-----\\n${pemBody('gsa2')}-----END PRIVATE KEY-----\\n", "client_email": "ci@demo.iam.gserviceaccount.com"}`,
      ],
      noMatch: ['{"private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"}', '{"private_key": "${GCP_PRIVATE_KEY}"}'],
    },
  },
  {
    id: 'gcp-service-account-key-id',
    provider: 'gcp',
    title: 'GCP service-account key file (private_key_id)',
    kind: 'cloud-credential',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['service_account'],
    pattern: /"type"\s{0,4}:\s{0,4}"service_account"[^{}]{0,400}?"private_key_id"\s{0,4}:\s{0,4}"(?<secret>[0-9a-f]{40})"/,
    samples: {
      match: [`{\n  "type": "service_account",\n  "project_id": "shop-prod",\n  "private_key_id": "${fake.hex(40, 'gsakid')}"\n}`],
      noMatch: ['{"type": "service_account", "private_key_id": "<key-id>"}', `{"type": "authorized_user", "private_key_id": "${fake.hex(40, 'gsakid2')}"}`],
    },
  },
  prefixedToken({
    id: 'gcp-api-key',
    provider: 'gcp',
    title: 'Google API key',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'AI' + 'za',
    body: /[A-Za-z0-9_-]{35}/,
    sample: fake.base64url(35, 'gapi'),
    name: 'GOOGLE_API_KEY',
  }),
  prefixedToken({
    id: 'gcp-oauth-client-secret',
    provider: 'gcp',
    title: 'Google OAuth client secret',
    kind: 'oauth-secret',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'GOCSPX-',
    body: /[A-Za-z0-9_-]{28}/,
    sample: fake.base64url(28, 'gocspx'),
    name: 'GOOGLE_CLIENT_SECRET',
  }),
  prefixedToken({
    id: 'gcp-oauth-access-token',
    provider: 'gcp',
    title: 'Google OAuth access token',
    kind: 'access-token',
    sensitivity: 'medium',
    store: 'ssm-secure',
    prefix: 'ya29.',
    body: /[A-Za-z0-9_-]{30,512}/,
    sample: fake.base64url(120, 'ya29'),
    name: 'GOOGLE_ACCESS_TOKEN',
  }),
  prefixedToken({
    id: 'gcp-oauth-refresh-token',
    provider: 'gcp',
    title: 'Google OAuth refresh token',
    kind: 'oauth-secret',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: '1//0',
    body: /[A-Za-z0-9_-]{40,256}/,
    sample: fake.base64url(99, 'g-refresh'),
    name: 'GOOGLE_REFRESH_TOKEN',
  }),
];
