import { fake, secretHash } from '@unleak/core';
import type { Rule } from '../rule.js';
import { prefixedToken } from './shared.js';

/**
 * Google API keys published in the Firebase Android SDK's tests and samples (gitleaks allowlists the same
 * ones): documentation copied into many repositories, not leaks. Kept as `secretHash` values so the
 * repository carries no key-shaped literal.
 */
const PUBLISHED_EXAMPLE_API_KEYS = new Set([
  '0ede6d8aa96359082d62ebbfe85a452f',
  'f24ab9eb64a097886e1874d88a18533b',
  'b2f2fb309cea0dfda157e05708538977',
  'fe88fda37ba4d3712bad70dccef8c2f9',
  '24640fc0681e355cbf1f36771b956441',
  'a7ae2b275b28c8dd52cf050a15803555',
  'a45cce2298e4b8eec333871146b8e71d',
  '52d88057374586bc8a3364ce86145901',
  'c961b6007d901788c805830c6b79230e',
  '5509a3b50f8a83ebc119f80ab312c0b1',
  '967800488b58fef467c2bd9a85da7453',
  'b704f82bb79b0ea669ff309971b5ae84',
  '3fc9e79448ab272e3f9508423d239cd4',
  '46f56adb54cdea94aad0d3e1bc148c4d',
  'df72bbe9e00b3f6314f790d48c69a9cd',
  '79f3b50316b064edc0b7abab6900695c',
]);

const gcpApiKey = prefixedToken({
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
  noMatch: [`firebase_api_key = "${'AI' + 'za'}Syabcdefghijklmnopqrstuvwxyz1234567"`],
});

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
  { ...gcpApiKey, validate: (secret) => !PUBLISHED_EXAMPLE_API_KEYS.has(secretHash(secret)) },
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
