import { describe, expect, it } from 'vitest';
import { redact } from '@unleak/core';
import { RULES } from '../src/rules/index.js';
import { fake, redact as redactValue } from '@unleak/core';
import { keywordsOf, MAX_MATCHES_PER_RULE, matchRule } from '../src/match-rule.js';
import { shannonEntropy } from '../src/entropy.js';
import type { Rule } from '../src/rule.js';

const byId = (id: string): Rule => {
  const rule = RULES.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`no rule ${id}`);
  return rule;
};

describe('shannonEntropy', () => {
  it('measures bits per character', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaaaaaa')).toBe(0);
    expect(shannonEntropy('abab')).toBe(1);
    expect(shannonEntropy('0123456789abcdef')).toBe(4);
    expect(shannonEntropy(fake.alnum(64, 'entropy'))).toBeGreaterThan(5);
  });
});

describe('matchRule', () => {
  const tokenRule: Rule = {
    id: 'test-token',
    provider: 'test',
    title: 'Test token',
    kind: 'api-key',
    sensitivity: 'high',
    store: 'secrets-manager',
    keywords: ['tkn_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>tkn_(?<region>[a-z]{2})_[A-Za-z0-9]{16})(?![A-Za-z0-9])/,
    minEntropy: 3,
    allow: [/EXAMPLE/],
    samples: { match: [], noMatch: [] },
  };
  const token = (seed: string) => `tkn_eu_${fake.alnum(16, seed)}`;

  it('returns every hit with the secret group offsets and the other named groups as parts', () => {
    const a = token('m1');
    const b = token('m2');
    const text = `first = "${a}"\nsecond: ${b}\n`;
    const matches = matchRule(tokenRule, text);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual([a, b]);
    expect(matches.map((m) => redactValue(m.secret))).toEqual([redactValue(a), redactValue(b)]);
    expect(matches[0]?.parts).toEqual({ region: 'eu' });
  });

  it('applies the entropy floor and the allow list', () => {
    expect(matchRule(tokenRule, 'x = tkn_eu_aaaaaaaaaaaaaaaa')).toEqual([]);
    expect(matchRule(tokenRule, 'x = tkn_eu_AbCdEXAMPLE12345')).toEqual([]);
  });

  it('skips the regex when lowerText holds none of the keywords', () => {
    const text = `x = ${token('m3')}`;
    expect(matchRule(tokenRule, text, 'nothing here')).toEqual([]);
    expect(matchRule(tokenRule, text, text.toLowerCase())).toHaveLength(1);
  });

  it('is repeatable: the shared global regex is reset between calls', () => {
    const text = `x = ${token('m4')}`;
    expect(matchRule(tokenRule, text)).toHaveLength(1);
    expect(matchRule(tokenRule, text)).toHaveLength(1);
  });

  it(`stops after ${MAX_MATCHES_PER_RULE} hits in one text`, () => {
    const text = Array.from({ length: MAX_MATCHES_PER_RULE + 50 }, (_, i) => token(`cap${i}`)).join('\n');
    expect(matchRule(tokenRule, text)).toHaveLength(MAX_MATCHES_PER_RULE);
  });

  it('splits a database URL into password and plain parts', () => {
    const password = fake.alnum(20, 'pg-parts');
    const [m] = matchRule(byId('postgres-url'), `DATABASE_URL=postgresql://orders_app:${password}@db.internal:5432/orders?sslmode=require`);
    expect(m?.secret === password).toBe(true);
    expect(m?.parts).toEqual({ engine: 'postgresql', username: 'orders_app', host: 'db.internal', port: '5432', dbname: 'orders' });
  });

  it('drops the AWS documentation examples but keeps real-shaped keys', () => {
    expect(matchRule(byId('aws-access-key-id'), 'AKIAIOSFODNN7EXAMPLE')).toEqual([]);
    expect(matchRule(byId('aws-secret-access-key'), 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toEqual([]);
    expect(matchRule(byId('aws-access-key-id'), `id: ${'AK' + 'IA'}${fake.upper(16, 'aws-real')}`)).toHaveLength(1);
  });

  it('takes the whole armored block as a private key secret', () => {
    const body = fake.base64(64 * 6, 'pem').replace(/(.{64})/g, '$1\n');
    const pem = `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}-----END OPENSSH PRIVATE KEY-----`;
    const [m] = matchRule(byId('private-key-openssh'), `key: |\n${pem}\n`);
    expect(m?.secret === pem).toBe(true);
  });

  it('accepts a JWT only when its header is JSON with alg', () => {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const sig = fake.base64url(43, 'jwt-sig');
    expect(matchRule(byId('jwt'), `${part({ alg: 'HS256' })}.${part({ sub: 'svc-a', n: 1 })}.${sig}`)).toHaveLength(1);
    expect(matchRule(byId('jwt'), `${part({ typ: 'JWT' })}.${part({ sub: 'svc-a', n: 1 })}.${sig}`)).toEqual([]);
    expect(matchRule(byId('jwt'), `eyJ${fake.base64url(30, 'h')}.eyJ${fake.base64url(30, 'p')}.${sig}`)).toEqual([]);
  });
});

describe('fixes found by the public-corpus evaluation (tools/eval)', () => {
  const secretsOf = (id: string, text: string) => matchRule(byId(id), text).map((m) => m.secret);

  it('never takes the next line as the value of an empty assignment', () => {
    const next = fake.hex(32, 'next-line');
    expect(secretsOf('snowflake-password', 'snowflake.password=\njdbc.snowflake.url=jdbc:snowflake://acme')).toEqual([]);
    expect(secretsOf('datadog-api-key', `DATADOG_API_KEY=\n${next}`)).toEqual([]);
    expect(secretsOf('datadog-api-key', `DATADOG_API_KEY= ${next}`)).toEqual([next]);
  });

  it('takes a scheme-less Authorization value only when it is the whole header value', () => {
    const token = fake.base64url(32, 'raw-auth');
    expect(secretsOf('http-authorization-header-raw', `curl -H "Authorization: ${token}"`)).toEqual([token]);
    expect(secretsOf('http-authorization-header-raw', `authorization: ${token}\nnext: line`)).toEqual([token]);
    expect(secretsOf('http-authorization-header-raw', `authorization: ${token} Credential=abc`)).toEqual([]);
  });

  it('leaves a scheme or a self-declared fake value to no rule, and a JWT to the jwt rule', () => {
    expect(secretsOf('http-authorization-header', 'Authorization: Bearer FAKE-slack-token-0000')).toEqual([]);
    expect(secretsOf('http-authorization-header-raw', `Authorization: eyJ${fake.base64url(40, 'jwt-like')}`)).toEqual([]);
  });

  it('accepts legacy Vault tokens only next to a Vault or token name and in mixed case with a digit', () => {
    const token = `s.${fake.alnum(24, 'vault-fix')}`;
    expect(secretsOf('vault-token-legacy', `{"vault_key": "${token}"}`)).toEqual([token]);
    expect(secretsOf('vault-token-legacy', `other_key: ${token}`)).toEqual([]);
    expect(secretsOf('vault-token-legacy', 'token: s.makeKubeConfigController')).toEqual([]);
  });
});

describe('rule registry', () => {
  it('holds at least 150 rules with unique kebab-case ids', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(150);
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('exposes a de-duplicated, lower-case keyword dictionary', () => {
    const keywords = keywordsOf(RULES);
    expect(new Set(keywords).size).toBe(keywords.length);
    expect(keywords.every((k) => k === k.toLowerCase())).toBe(true);
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  it('is well-formed data', () => {
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(rule.title.length).toBeGreaterThan(0);
    expect(rule.keywords.length).toBeGreaterThan(0);
    for (const k of rule.keywords) {
      expect(k.length).toBeGreaterThan(0);
      expect(k).toBe(k.toLowerCase());
    }
    expect(rule.pattern.source).toContain('(?<secret>');
    expect(rule.pattern.flags).not.toMatch(/[gy]/);
    expect(rule.samples.match.length).toBeGreaterThan(0);
    expect(rule.samples.noMatch.length).toBeGreaterThan(0);
  });

  it.each(rule.samples.match.map((s, i) => [i, s] as const))('finds match sample %i', (_i, sample) => {
    const lower = sample.toLowerCase();
    expect(rule.keywords.some((k) => lower.includes(k)), 'a keyword of the rule occurs in the sample').toBe(true);
    const matches = matchRule(rule, sample, lower);
    expect(matches.length, `no match for ${redact(sample)}`).toBeGreaterThan(0);
    for (const m of matches) {
      expect(sample.slice(m.start, m.end)).toBe(m.secret);
      expect(redact(m.secret)).not.toBe(m.secret);
      if (rule.minEntropy !== undefined) expect(shannonEntropy(m.secret)).toBeGreaterThanOrEqual(rule.minEntropy);
    }
  });

  it.each(rule.samples.noMatch.map((s, i) => [i, s] as const))('ignores near-miss sample %i', (_i, sample) => {
    const found = matchRule(rule, sample).map((m) => redact(m.secret));
    expect(found).toEqual([]);
  });
});
