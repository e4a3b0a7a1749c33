import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fake } from '@unleak/core';
import { scan } from '../src/index.js';
import { extractAssignments, fileKindOf } from '../src/extract/index.js';
import { tempDir, writeTree } from './helpers.js';

const githubPat = (seed: string) => 'gh' + 'p_' + fake.alnum(36, seed);

function extract(file: string, text: string) {
  return extractAssignments({ file, text, fileKind: fileKindOf(file, text), isTest: false });
}

describe('findings from the bundled example shapes', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.cleanup());

  it('reports a token in a `run: |` block once, on its own line (no block-wide duplicate)', async () => {
    const token = githubPat('run-block');
    const workflow = [
      'on: push',
      'jobs:',
      '  deploy:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - name: Push image',
      '        run: |',
      `          docker login ghcr.io -u legacy-shop-bot -p ${token}`,
      '          docker push ghcr.io/legacy-shop/api:latest',
      '',
    ].join('\n');
    writeTree(dir.path, { '.github/workflows/deploy.yml': workflow });
    const { detections } = await scan({ root: dir.path });
    const hits = detections.filter((d) => d.secret.reveal() === token);
    expect(hits.map((d) => [d.line, d.column, d.endLine, d.endColumn])).toEqual([[8, workflow.split('\n')[7]!.indexOf(token) + 1, 8, workflow.split('\n')[7]!.indexOf(token) + 1 + token.length]]);
    expect(detections.every((d) => d.line === d.endLine)).toBe(true);
  });

  it('finds a password in a compose exec-form command array (flow and block style)', async () => {
    const flow = fake.password(20, 'requirepass-flow');
    const block = fake.password(20, 'requirepass-block');
    const compose = [
      'services:',
      '  redis:',
      '    image: redis:5-alpine',
      `    command: ["redis-server", "--requirepass", "${flow}"]`,
      '  cache:',
      '    image: redis:7',
      '    command:',
      '      - redis-server',
      '      - --requirepass',
      `      - '${block}'`,
      '',
    ].join('\n');
    writeTree(dir.path, { 'docker-compose.yml': compose });
    const { detections } = await scan({ root: dir.path });
    const at = (v: string) => detections.filter((d) => d.secret.reveal() === v).map((d) => [d.line, d.column, d.endLine]);
    expect(at(flow)).toEqual([[4, compose.split('\n')[3]!.indexOf(flow) + 1, 4]]);
    expect(at(block)).toEqual([[10, 10, 10]]);
    expect(detections.find((d) => d.secret.reveal() === flow)?.kind).toBe('db-password');
  });

  it('finds a password in a JSON exec-form array', async () => {
    const pw = fake.password(20, 'json-argv');
    const task = JSON.stringify({ containerDefinitions: [{ name: 'db', command: ['mongod', '--password', pw, '--port', '27017'] }] }, null, 2);
    writeTree(dir.path, { 'task-definition.json': task });
    const { detections } = await scan({ root: dir.path });
    expect(detections.filter((d) => d.secret.reveal() === pw)).toHaveLength(1);
  });
});

describe('exec-form argument lists', () => {
  it('reads `--requirepass`, `--password` and `-p` followed by the next element, not ports or paths', () => {
    const text = 'services:\n  a:\n    command: ["redis-server", "--requirepass", "pw-one-111"]\n  b:\n    entrypoint: ["tool", "-p", "pw-two-222"]\n  c:\n    command: ["app", "-p", "8080:80", "--password", "pw-three-333"]\n  d:\n    command: ["mkdir", "-p", "/var/lib/x"]\n';
    const found = extract('docker-compose.yml', text).filter((a) => a.key === 'password');
    expect(found.map((a) => [a.value, a.scope.at(-1)])).toEqual([
      ['pw-one-111', '$ redis-server'],
      ['pw-two-222', '$ tool'],
      ['pw-three-333', '$ app'],
    ]);
    for (const a of found) expect(text.slice(a.start, a.end)).toBe(a.value);
  });
});
