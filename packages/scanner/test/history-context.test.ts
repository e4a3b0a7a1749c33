import { fake } from '@unleak/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonExtractor, parseJsonTree } from '../src/extract/json.js';
import { CatFileSession } from '../src/sources/cat-file.js';
import { scan } from '../src/index.js';
import type { ScanResult } from '../src/scan.js';
import { contextCases } from './context-cases.js';
import { commitAll, git, initRepo, printable, tempDir, writeTree } from './helpers.js';


const where = (r: ScanResult) => r.detections.map((d) => [d.file, d.line, d.rule, d.fingerprint]);

describe('--history sees the context a value needs (the version at each commit, reported on its added lines)', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir('unleak-history-context-');
    initRepo(dir.path);
  });
  afterEach(() => dir.cleanup());

  for (const c of contextCases('history')) {
    it(`reports ${c.name} at the commit that changed it`, async () => {
      writeTree(dir.path, { [c.file]: c.base });
      commitAll(dir.path, 'base');
      writeTree(dir.path, { [c.file]: c.head });
      const changed = commitAll(dir.path, 'change');
      const history = await scan({ root: dir.path, history: {} });
      const tree = await scan({ root: dir.path });
      const lines = c.changed ?? [c.line];
      const expected = tree.detections.filter((d) => lines.includes(d.line));
      expect(expected.some((d) => d.line === c.line)).toBe(true);
      const atChange = history.detections.filter((d) => d.commit === changed);
      expect(where({ ...history, detections: atChange })).toEqual(where({ ...tree, detections: expected }));
      expect(atChange.find((d) => d.line === c.line)).toMatchObject({ inHead: true, committedAt: '2024-03-02T10:00:00+00:00' });
      expect(printable(history)).not.toContain(c.value);
    });
  }

  it('reports a value once, at the commit that added it, when later commits change other lines of its file', async () => {
    const [k8s] = contextCases('history-later');
    if (!k8s) throw new Error('no case');
    writeTree(dir.path, { [k8s.file]: k8s.head });
    const added = commitAll(dir.path, 'add');
    writeTree(dir.path, { [k8s.file]: `# owned by platform\n${k8s.head.replace('image: api:1', 'image: api:2')}` });
    commitAll(dir.path, 'bump image');
    writeTree(dir.path, { [k8s.file]: `# owned by platform\n${k8s.head.replace('image: api:1', 'image: api:3')}` });
    commitAll(dir.path, 'bump image again');
    const result = await scan({ root: dir.path, history: {} });
    expect(result.detections.map((d) => [d.file, d.line, d.commit])).toEqual([[k8s.file, k8s.line, added]]);
    expect(result.suppressed.filter((s) => s.step === 'duplicate')).toEqual([]);
    expect(printable(result)).not.toContain(k8s.value);
  });

  it('reads a merge at the merge commit and reports only what no parent had', async () => {
    const [k8s] = contextCases('history-merge');
    if (!k8s) throw new Error('no case');
    writeTree(dir.path, { [k8s.file]: k8s.base });
    commitAll(dir.path, 'base');
    git(dir.path, 'checkout', '-q', '-b', 'side');
    writeTree(dir.path, { [k8s.file]: k8s.base.replace('image: api:1', 'image: api:side') });
    commitAll(dir.path, 'side');
    git(dir.path, 'checkout', '-q', 'main');
    writeTree(dir.path, { [k8s.file]: k8s.base.replace('LOG_LEVEL', 'LOG_FORMAT') });
    commitAll(dir.path, 'main');
    git(dir.path, 'merge', '-q', '--no-commit', 'side');
    writeTree(dir.path, { [k8s.file]: k8s.head.replace('image: api:1', 'image: api:side').replace('LOG_LEVEL', 'LOG_FORMAT') });
    const merge = commitAll(dir.path, 'merge with an evil edit');
    const result = await scan({ root: dir.path, history: {} });
    const atMerge = result.detections.filter((d) => d.commit === merge);
    expect(atMerge.map((d) => [d.file, d.line])).toEqual([[k8s.file, k8s.line]]);
    expect(printable(result)).not.toContain(k8s.value);
  });

  it('keeps the added lines of a structured file too large to read whole, and a JSON member list is still read', async () => {
    const password = fake.password(20, 'history-large-json');
    const pad = Array.from({ length: 4000 }, (_, i) => `    "key${i}": "${'v'.repeat(80)}"`).join(',\n');
    writeTree(dir.path, { 'big.json': `{\n  "db": {\n${pad}\n  }\n}\n` });
    commitAll(dir.path, 'base');
    writeTree(dir.path, { 'big.json': `{\n  "db": {\n${pad},\n    "password": "${password}"\n  }\n}\n` });
    const changed = commitAll(dir.path, 'add a password');
    const result = await scan({ root: dir.path, history: {} });
    expect(result.detections.filter((d) => d.commit === changed).map((d) => [d.file, d.line, d.rule])).toEqual([['big.json', 4003, 'generic-password']]);
    expect(printable(result)).not.toContain(password);
  });
});

describe('CatFileSession', () => {
  it('answers batches in order through one process, missing objects without a blob', async () => {
    const dir = tempDir('unleak-cat-file-');
    try {
      initRepo(dir.path);
      writeTree(dir.path, { 'a.txt': 'first\n', 'sub/b.txt': 'second\n', 'empty.txt': '' });
      const sha = commitAll(dir.path, 'files');
      const session = new CatFileSession(dir.path);
      try {
        const one = await session.read([`${sha}:./a.txt`, `${sha}:./nope.txt`]);
        const two = await session.read([`${sha}:./empty.txt`, `${sha}:./sub/b.txt`, `${sha}:./sub`]);
        expect(await session.read([])).toEqual([]);
        expect(one.map((o) => o.blob?.toString('utf8'))).toEqual(['first\n', undefined]);
        expect(two.map((o) => o.blob?.toString('utf8'))).toEqual(['', 'second\n', undefined]);
      } finally {
        session.close();
      }
    } finally {
      dir.cleanup();
    }
  });
});

describe('a JSON fragment that is not one document', () => {
  it('falls back to quoted pairs when the text holds more than one top-level value', () => {
    const text = '"host": "db.internal",\n"password": "not-a-real-value-1"';
    expect(parseJsonTree(text)).toBeUndefined();
    const fragment = { file: 'a.json', text, fileKind: 'json' as const, isTest: false };
    expect(jsonExtractor.extract(fragment).map((a) => [a.key, a.value])).toEqual([
      ['host', 'db.internal'],
      ['password', 'not-a-real-value-1'],
    ]);
    expect(parseJsonTree('{"a": 1}\n')).toBeDefined();
    expect(parseJsonTree('"only"')).toBeDefined();
  });
});
