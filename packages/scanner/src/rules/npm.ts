import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';
import { PASSWORD_PLACEHOLDERS, prefixedToken } from './shared.js';

export const npmRules: Rule[] = [
  prefixedToken({
    id: 'npm-access-token',
    provider: 'npm',
    title: 'npm access token',
    kind: 'registry-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    prefix: 'npm' + '_',
    body: /[A-Za-z0-9]{36}/,
    sample: fake.alnum(36, 'npm'),
    name: 'NPM_TOKEN',
  }),
  {
    id: 'npmrc-auth-token',
    provider: 'npm',
    title: '.npmrc registry _authToken',
    kind: 'registry-token',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['_authtoken'],
    pattern: /(?:\/\/(?<host>[^\s=:/]{1,253})[^\s=:]{0,512}?:)?_authToken\s{0,4}=\s{0,4}["']?(?<secret>[A-Za-z0-9+/=._-]{16,2048})/,
    minEntropy: 3,
    allow: PASSWORD_PLACEHOLDERS,
    samples: {
      match: [
        `//registry.npmjs.org/:_authToken=${fake.base64url(40, 'npmrc1')}`,
        `//npm.pkg.github.com/:_authToken=${'gh' + 'p_'}${fake.alnum(36, 'npmrc2')}`,
        `_authToken=${fake.hex(8, 'npmrc3')}-${fake.hex(4, 'npmrc4')}-${fake.hex(4, 'npmrc5')}-${fake.hex(4, 'npmrc6')}-${fake.hex(12, 'npmrc7')}`,
      ],
      noMatch: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '//registry.npmjs.org/:_authToken=xxxxxxxxxxxxxxxxxxxx'],
    },
  },
  {
    id: 'npmrc-auth',
    provider: 'npm',
    title: '.npmrc _auth / _password (base64 credentials)',
    kind: 'password',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['_auth', '_password'],
    pattern: /(?:^|:)(?:_auth|_password)\s{0,4}=\s{0,4}["']?(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])/m,
    minEntropy: 2.5,
    allow: PASSWORD_PLACEHOLDERS,
    samples: {
      match: [
        `_auth=${Buffer.from(`deploy:${fake.password(16, 'npmauth')}`).toString('base64')}`,
        `//nexus.internal/repository/npm/:_password=${fake.base64(24, 'npmpw')}`,
      ],
      noMatch: ['_auth=${NPM_AUTH}', 'always-auth=true'],
    },
  },
];
