import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';

/**
 * The whole armored block is the secret. The body runs up to the first `-----`, so a header repeated
 * without its END line costs one pass, not one pass per header.
 */
function pemBlock(label: string): RegExp {
  return new RegExp(
    `(?<secret>-----BEGIN ${label}-----(?:[^-]|-(?!----)){64,32768}?-----END ${label}-----)`,
  );
}

const base64Lines = (seed: string, lines = 12) =>
  Array.from({ length: lines }, (_, i) => fake.base64(64, `${seed}-${i}`)).join('\n');

function block(label: string, body: string, headers = ''): string {
  return `-----BEGIN ${label}-----\n${headers}${body}\n-----END ${label}-----`;
}

function privateKeyRule(id: string, label: string, title: string, sampleHeaders = ''): Rule {
  return {
    id,
    provider: 'private-key',
    title,
    kind: 'private-key',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['-----begin'],
    pattern: pemBlock(label),
    samples: {
      match: [block(label, base64Lines(id), sampleHeaders), `const key = \`${block(label, base64Lines(`${id}-2`, 4))}\`;`],
      noMatch: [block(label, '...'), block(label, '<your private key here>'), `-----BEGIN ${label}-----\n${base64Lines(`${id}-3`, 2)}`],
    },
  };
}

export const privateKeyRules: Rule[] = [
  privateKeyRule('private-key-rsa', 'RSA PRIVATE KEY', 'RSA private key (PKCS#1, plain or encrypted)', 'Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,' + fake.hex(32, 'dek').toUpperCase() + '\n\n'),
  privateKeyRule('private-key-ec', 'EC PRIVATE KEY', 'EC private key (SEC1)'),
  privateKeyRule('private-key-dsa', 'DSA PRIVATE KEY', 'DSA private key'),
  privateKeyRule('private-key-openssh', 'OPENSSH PRIVATE KEY', 'OpenSSH private key'),
  privateKeyRule('private-key-pkcs8', 'PRIVATE KEY', 'PKCS#8 private key'),
  privateKeyRule('private-key-pkcs8-encrypted', 'ENCRYPTED PRIVATE KEY', 'Encrypted PKCS#8 private key'),
  privateKeyRule('private-key-pgp', 'PGP PRIVATE KEY BLOCK', 'PGP private key block', 'Version: GnuPG v2\n\n'),
  privateKeyRule('private-key-ssh2', 'SSH2 ENCRYPTED PRIVATE KEY', 'SSH2 (ssh.com) private key'),
  {
    id: 'private-key-putty',
    provider: 'private-key',
    title: 'PuTTY private key (.ppk)',
    kind: 'private-key',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['putty-user-key-file-'],
    pattern: /(?<secret>PuTTY-User-Key-File-[23]: [^\r\n]{1,64}\r?\n(?:[^\r\n]{0,4096}\r?\n){1,64}?Private-Lines: \d{1,3}\r?\n[A-Za-z0-9+/=\r\n]{32,16384}?\r?\nPrivate-(?:MAC|Hash): [0-9a-f]{40,64})/,
    samples: {
      match: [
        `PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n${fake.base64(64, 'ppk1')}\n${fake.base64(20, 'ppk2')}\nPrivate-Lines: 2\n${fake.base64(64, 'ppk3')}\n${fake.base64(40, 'ppk4')}\nPrivate-MAC: ${fake.hex(40, 'ppk5')}`,
      ],
      noMatch: ['PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: deploy\n'],
    },
  },
  {
    id: 'age-secret-key',
    provider: 'age',
    title: 'age secret key',
    kind: 'private-key',
    sensitivity: 'critical',
    store: 'secrets-manager',
    keywords: ['age-secret-key-1'],
    pattern: /(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Z0-9])/,
    samples: {
      match: [`# created: 2024-01-01\n${'AGE-SECRET-' + 'KEY-1'}${fake.upper(58, 'age').replace(/[1BIO]/g, 'Q')}`],
      noMatch: ['AGE-SECRET-KEY-1XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
    },
  },
];
