import { describe, expect, it } from 'vitest';
import { inspect } from 'node:util';
import { ConfigError, SecretValue, fingerprint, redact, secretHash } from '@unleak/core';

const fakeKey = ['AKIA', 'Z7Q2', 'XK4M', 'P9L3', 'TN8W'].join('');

describe('redact', () => {
  it('keeps four characters at each end of long values', () => {
    expect(redact(fakeKey)).toBe('AKIA…TN8W');
  });
  it('shows less of shorter values and nothing of very short ones', () => {
    expect(redact('hunter2hunter')).toBe('hu…er');
    expect(redact('s3cr3tpw')).toBe('s…w');
    expect(redact('abc')).toBe('***');
  });
  it('never returns a newline', () => {
    expect(redact('line1\nline2\nline3\nline4')).not.toMatch(/\n/);
  });
});

describe('fingerprint', () => {
  it('depends on rule and secret, not on anything else', () => {
    expect(fingerprint('r', 'a')).toBe(fingerprint('r', 'a'));
    expect(fingerprint('r', 'a')).not.toBe(fingerprint('r', 'b'));
    expect(fingerprint('r', 'a')).not.toBe(fingerprint('q', 'a'));
    expect(fingerprint('r', 'a', 'x.ts')).not.toBe(fingerprint('r', 'a', 'y.ts'));
  });
  it('does not contain the secret', () => {
    expect(fingerprint('r', fakeKey)).not.toContain(fakeKey.slice(4, 12));
    expect(fingerprint('r', fakeKey)).toMatch(/^v1:[0-9a-f]{20}$/);
    expect(secretHash(fakeKey)).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('SecretValue', () => {
  it('reveals only on request', () => {
    const s = new SecretValue(fakeKey);
    expect(s.reveal()).toBe(fakeKey);
    expect(JSON.stringify({ s })).not.toContain(fakeKey);
    expect(`${s}`).not.toContain(fakeKey);
    expect(inspect({ s }, { depth: 5 })).not.toContain(fakeKey);
    expect(s.equals(fakeKey)).toBe(true);
  });
});

describe('ConfigError', () => {
  it('reports every problem at once', () => {
    const e = new ConfigError('unleak.yaml', ['a is wrong', 'b is wrong']);
    expect(e.message).toContain('a is wrong');
    expect(e.message).toContain('b is wrong');
    expect(e.exitCode).toBe(2);
  });
});
