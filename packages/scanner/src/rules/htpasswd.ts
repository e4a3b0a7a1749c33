import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';

const BCRYPT_ALPHABET = /[^./A-Za-z0-9]/g;

/** `user:hash` lines; docker-compose labels escape `$` as `$$`, so both spellings are accepted. */
function htpasswdRule(id: string, title: string, keywords: string[], hash: string, sample: string): Rule {
  return {
    id,
    provider: 'htpasswd',
    title,
    kind: 'password',
    sensitivity: 'medium',
    store: 'secrets-manager',
    keywords,
    pattern: new RegExp(`(?:^|[\\s"'=,])(?<username>[A-Za-z0-9._@-]{1,64}):(?<secret>${hash})(?![A-Za-z0-9./])`, 'm'),
    samples: {
      match: [`admin:${sample}`, `basicAuth: "deploy:${sample}"`, `- traefik.http.middlewares.auth.basicauth.users=ops:${sample.replace(/\$/g, '$$$$')}`],
      noMatch: [`admin:${sample.slice(0, 12)}`, 'admin:<htpasswd-hash>'],
    },
  };
}

export const htpasswdRules: Rule[] = [
  htpasswdRule('htpasswd-bcrypt', 'htpasswd bcrypt hash', ['$2y$', '$2a$', '$2b$'], '\\$\\$?2[aby]\\$\\$?\\d{2}\\$\\$?[./A-Za-z0-9]{53}', `$2y$10$${fake.base64(53, 'bcrypt').replace(BCRYPT_ALPHABET, '.')}`),
  htpasswdRule('htpasswd-apr1', 'htpasswd Apache MD5 (apr1) hash', ['$apr1$'], '\\$\\$?apr1\\$\\$?[./A-Za-z0-9]{1,8}\\$\\$?[./A-Za-z0-9]{22}', `$apr1$${fake.alnum(8, 'apr1a')}$${fake.alnum(22, 'apr1b')}`),
  htpasswdRule('htpasswd-sha1', 'htpasswd SHA-1 hash', ['{sha}'], '\\{SHA\\}[A-Za-z0-9+/]{27}=', `{SHA}${fake.base64(27, 'sha1')}=`),
];
