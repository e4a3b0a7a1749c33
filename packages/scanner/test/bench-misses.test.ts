import { fake } from '@unleak/core';
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index.js';
import { fileKindOf } from '../src/extract/index.js';
import type { Candidate, Fragment } from '../src/types.js';

const fragmentOf = (file: string, text: string): Fragment => ({ file, text, fileKind: fileKindOf(file, text), isTest: false });
const found = (file: string, text: string): Candidate[] => detect(fragmentOf(file, text));
const on = (text: string, c: Candidate | undefined) => (c ? text.slice(c.start, c.end) : undefined);

/** Misses and noise the scanner benchmark (tools/bench) reported, as cases. */
describe('benchmark misses', () => {
  it('reads env-style KEY=value lines in Markdown and text files', () => {
    const token = 'h' + 'f_' + fake.alnum(34, 'md-hf');
    const password = fake.password(18, 'md-db');
    const text = `# Setup\n\nExport these first:\n\n\`\`\`sh\nHF_TOKEN=${token}\nexport DB_PASSWORD=${password}\n\`\`\`\n\nSee key=value pairs in config, or PASSWORD=changeme.\n`;
    const hits = found('docs/setup.md', text);
    expect(hits.map((c) => on(text, c)).sort()).toEqual([password, token].sort());
    expect(found('docs/notes.txt', 'The token=abc line and a=b are prose.\n')).toEqual([]);
  });

  it('does not take a 40-character secret that starts with a slash for a path', () => {
    const secret = '/' + fake.alnum(18, 'aws-slash-a') + '/' + fake.alnum(20, 'aws-slash-b');
    const text = `class Keys {\n    private static final String SECRET_ACCESS_KEY = "${secret}";\n    private static final String CERT_PATH = "/etc/ssl/private/server.key";\n}\n`;
    const hits = found('src/main/java/Keys.java', text);
    expect(hits.map((c) => on(text, c))).toEqual([secret]);
  });

  it('reads --requirepass in a compose command, as a string or a list', () => {
    const password = fake.password(20, 'redis-pass');
    for (const command of [`["redis-server", "--requirepass", "${password}"]`, `redis-server --requirepass ${password}`, `\n      - redis-server\n      - --requirepass\n      - ${password}`]) {
      const text = `services:\n  cache:\n    image: redis:7\n    command: ${command}\n`;
      const hits = found('docker-compose.yml', text);
      expect(hits.map((c) => [c.ruleId, on(text, c)]), command).toContainEqual(['cli-password-flag', password]);
    }
  });

  it('reports a config member only when its value is a plausible user name, host, port or database', () => {
    const token = fake.alnum(32, 'member-token');
    const text = `API_TOKEN=${token}\nCUSTOMER_USER=true\nNODE_USER=6382\nSESSION_ADDRESS=false\nAPI_USER=svc-orders\nAPI_HOST=api.internal:8443\nAPI_PORT=on\n`;
    const hits = found('.env', text);
    expect(hits.map((c) => [c.ruleId, on(text, c)]).sort()).toEqual([
      ['db-host', 'api.internal:8443'],
      ['db-username', 'svc-orders'],
      ['generic-token', token],
    ]);
  });
});
