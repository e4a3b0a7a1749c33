import { fake } from '@unleak/core';
import { describe, expect, it } from 'vitest';
import { extractAssignments, fileKindOf, genericCandidates, isPlaceholder } from '../src/extract/index.js';
import { GENERIC_RULES, rejectReason } from '../src/generic/index.js';
import type { Assignment, Candidate, Fragment } from '../src/types.js';

function fragmentOf(file: string, text: string): Fragment {
  return { file, text, fileKind: fileKindOf(file, text), isTest: false };
}

/** [key, value, scope] of each assignment, with the value read back from its span. */
function extract(file: string, text: string): [string, string, string][] {
  return extractAssignments(fragmentOf(file, text)).map((a: Assignment) => {
    expect(text.slice(a.start, a.end)).toBe(a.value);
    return [a.key, a.value, a.scope.join(' > ')];
  });
}

function candidates(file: string, text: string): Candidate[] {
  const fragment = fragmentOf(file, text);
  return genericCandidates(fragment, extractAssignments(fragment));
}

const rule = (id: string) => GENERIC_RULES.find((r) => r.id === id)!;
const password = fake.password(20, 'extract-text');

describe('plain text and Markdown', () => {
  it('reads KEY=value, quoted JSON-style pairs and several assignments on one line', () => {
    const text = `notes\nPG_USERNAME=root. PG_PASSWORD=${password}\n"client_secret" : "${password}",\n'access_token': '${password}'\n`;
    expect(extract('notes.txt', text)).toEqual([
      ['PG_USERNAME', 'root.', ''],
      ['PG_PASSWORD', password, ''],
      ['client_secret', password, ''],
      ['access_token', password, ''],
    ]);
  });

  it('keeps prose, URLs and minified objects out', () => {
    const text = [
      'Token: see the docs for how to obtain one',
      'Password = the one from the vault, not this',
      'Visit https://auth.example.org/token to log in',
      ',apiKey:"6fe4476ee5a1832882e326b506d14126",',
      'The secret sauce is patience.',
    ].join('\n');
    expect(extract('README.md', text)).toEqual([]);
  });

  it('reads only lines with a credential word; a file without one yields nothing', () => {
    expect(extract('LICENSE', 'Permission is hereby granted, free of charge\nfoo=bar\n')).toEqual([]);
    expect(extract('notes.txt', 'host=db.internal\ndb_password=abc\n').map(([k]) => k)).toEqual(['db_password']);
  });

  it('reads command-line credentials pasted into notes', () => {
    const text = `mysql --user=doadmin --password=${password} --host=db.internal\n`;
    expect(extract('notes.txt', text)).toContainEqual(['password', password, '$ mysql']);
    expect(candidates('notes.txt', text).map((c) => c.ruleId)).toContain('cli-password-flag');
  });

  it('reports text values only above a stricter entropy floor than config files', () => {
    const weak = 'qwqw12qw9z';
    expect(candidates('.env', `DB_PASSWORD=${weak}\n`).map((c) => c.ruleId)).toEqual(['generic-password']);
    expect(candidates('notes.txt', `DB_PASSWORD=${weak}\n`)).toEqual([]);
    expect(rejectReason('Authentication', 'token', rule('generic-token'), 'text')).toBe('a word in prose');
    expect(rejectReason('SuperSecretToken', 'token', rule('generic-token'), 'text')).toBe('a word in prose');
  });

  it('stays linear on adversarial lines', () => {
    const lines = ['a'.repeat(8000), 'k= '.repeat(2600), `"${'key'.repeat(2600)}`, `${'token:'.repeat(1300)}`, `${'x=\'pass'.repeat(1000)}`];
    const started = performance.now();
    for (const line of lines) extract('notes.txt', line);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('shell', () => {
  it('reads every assignment of a line, with exact spans', () => {
    const text = `PG_USERNAME=root PG_PASSWORD='${password}' psql -h db\nexport A=1; B="${password}"\n`;
    expect(extract('run.sh', text).filter(([, , scope]) => scope === '')).toEqual([
      ['PG_USERNAME', 'root', ''],
      ['PG_PASSWORD', password, ''],
      ['A', '1', ''],
      ['B', password, ''],
    ]);
  });
});

describe('curl credentials', () => {
  const curl = (text: string) => extract('call.sh', text).filter(([, , scope]) => scope === '$ curl');

  it('reads -u on a continued line after a pasted prompt', () => {
    const text = `user@box:~$ curl -k -X POST https://cache/rest \\\n  -H 'Content-type: text/plain' \\\n  -u dev:${password}\n`;
    expect(curl(text)).toEqual([['username', 'dev', '$ curl'], ['password', password, '$ curl']]);
  });

  it('splits quoted forms at the colon outside quotes', () => {
    expect(curl(`curl --user kevin:'${password}' -iX PATCH\n`)).toEqual([['username', 'kevin', '$ curl'], ['password', password, '$ curl']]);
    expect(curl(`curl --user "{id7}":"{${password}}" https://x\n`)).toEqual([['username', '{id7}', '$ curl'], ['password', `{${password}}`, '$ curl']]);
    expect(curl(`curl -u "app:${password}" https://x\n`)).toEqual([['username', 'app', '$ curl'], ['password', password, '$ curl']]);
  });

  it('a token as the user name with an empty password is an API key', () => {
    expect(curl(`curl -u "${password}:" https://x\n`)).toEqual([['api-key', password, '$ curl']]);
    expect(curl('curl -u ":" https://x\n')).toEqual([]);
  });

  it('a quoted header with a blank does not hide the rest of the command', () => {
    expect(curl(`curl -H "Accept: application/json" -u a:${password} https://x\n`)).toContainEqual(['password', password, '$ curl']);
  });
});

describe('Kubernetes Secrets that YAML cannot parse', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');

  it('tab-indented data is decoded and scoped to the Secret', () => {
    const text = `apiVersion: v1\nkind: secret\ndata:\n\tpassword: ${b64(password)}\nmetadata:\n\tname: db\n`;
    const [a] = extractAssignments(fragmentOf('k8s/db.yaml', text)).filter((x) => x.key === 'password');
    expect(a).toMatchObject({ scope: ['Secret', 'data'], value: b64(password), decoded: password });
    expect(candidates('k8s/db.yaml', text).map((c) => [c.ruleId, c.kind])).toEqual([['k8s-secret-data', 'password']]);
  });

  it('judges each document of a stream by its own kind', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\ndata:\n\tpassword: ${b64(password)}\n---\napiVersion: v1\nkind: Secret\nstringData:\n\ttoken: ${password}\n`;
    const found = candidates('k8s/all.yaml', text).map((c) => [c.ruleId, c.context.key, c.context.scope]);
    expect(found).toContainEqual(['k8s-secret-data', 'token', ['Secret', 'stringData']]);
    expect(found.filter(([, key]) => key === 'password')).toEqual([['generic-password', 'password', ['data']]]);
  });

  it('a lower-case kind in valid YAML is a Secret too', () => {
    const text = `apiVersion: v1\nkind: secret\nmetadata:\n  name: sa\ndata:\n  extra: ${b64(password)}\n`;
    expect(candidates('k8s/sa.yaml', text).map((c) => c.context.scope)).toEqual([['Secret/sa', 'data']]);
  });
});

describe('generic value filters', () => {
  const token = rule('generic-token');

  it('leaves a provider-prefixed value to its provider rule', () => {
    expect(rejectReason('sk-ant-oat01-tooShort', 'anthropic_token', token)).toMatch(/provider/);
    expect(rejectReason('gh' + 'p_' + fake.alnum(10, 'short-gh'), 'github_token', token)).toMatch(/provider/);
  });

  it('rejects typed sequences but keeps random values', () => {
    expect(rejectReason('x9' + '123456789012345678' + 'a9bc', 'token', token)).toMatch(/sequence/);
    expect(rejectReason('Q' + 'zyxwvutsrqpo' + '4K2', 'token', token)).toMatch(/sequence/);
    expect(rejectReason(fake.alnum(40, 'random-token'), 'token', token)).toBeUndefined();
  });

  it('SDK type names, braced names and spelled-out pairs are placeholders', () => {
    for (const value of ['STRING_VALUE', 'STRING', 'NUMBER_VALUE', '{secret}', '{client_id}', 'user:password', 'username:token', 'YOURSECRETKEYGOESHERE']) {
      expect(isPlaceholder(value), value).toBe(true);
    }
    for (const value of [`{${password}}`, 'STRING_' + fake.alnum(12, 'not-type'), 'deploy:' + password, 'admin:password']) {
      expect(isPlaceholder(value), value).toBe(false);
    }
  });

  it('constant names are identifiers, not credentials', () => {
    expect(rejectReason('K8S_CRED', 'credentials', rule('generic-secret'))).toMatch(/identifier/);
    expect(rejectReason('ADMIN_2024', 'password', rule('generic-password'))).toBeUndefined();
  });
});

describe('*_key names in config files', () => {
  const value = fake.alnum(32, 'named-key');

  it('finds high-entropy values under any *_key name in JSON and YAML', () => {
    expect(candidates('c.json', `{"generic_key": "${value}"}`).map((c) => c.ruleId)).toEqual(['generic-named-key']);
    expect(candidates('c.yaml', `generic-key: ${value}\n`).map((c) => c.ruleId)).toEqual(['generic-named-key']);
    expect(candidates('c.json', `{"datadogKey": "${value}"}`).map((c) => c.kind)).toEqual(['api-key']);
  });

  it('leaves database, cache, UI and public keys, ids and low-entropy values alone', () => {
    for (const key of ['primary_key', 'sortKey', 'partition_key', 'foreign_key', 'public_key', 'i18n_key', 'cache_key', 'hash_key', 'kms_key']) {
      expect(candidates('c.json', `{"${key}": "${value}"}`), key).toEqual([]);
    }
    expect(candidates('c.json', '{"tenant_key": "0736f5ef-7e88-499a-80cc-90c85d2a5180"}')).toEqual([]);
    expect(candidates('c.json', '{"menu_key": "settings.menu.title.long"}')).toEqual([]);
    expect(candidates('c.json', '{"idle_key": "aaaabbbbccccdddd"}')).toEqual([]);
  });

  it('keeps the more specific rule for known names', () => {
    expect(candidates('c.json', `{"api_key": "${value}"}`).map((c) => c.ruleId)).toEqual(['generic-api-key']);
  });
});
