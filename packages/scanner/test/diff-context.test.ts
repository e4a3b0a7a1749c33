import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scan } from '../src/index.js';
import { DIFF_CONTEXT_MAX_BYTES } from '../src/sources/diff-range.js';
import type { ScanResult } from '../src/scan.js';
import { contextCases } from './context-cases.js';
import { commitAll, git, initRepo, printable, tempDir, writeTree } from './helpers.js';


const where = (r: ScanResult) => r.detections.map((d) => [d.file, d.line, d.rule, d.fingerprint]);

describe('--diff sees the context a value needs (the HEAD-side file, reported on the added lines only)', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir('unleak-diff-context-');
    initRepo(dir.path);
  });
  afterEach(() => dir.cleanup());

  for (const c of contextCases('diff')) {
    it(`reports ${c.name}, as a working-tree scan does`, async () => {
      writeTree(dir.path, { [c.file]: c.base });
      commitAll(dir.path, 'base');
      git(dir.path, 'checkout', '-q', '-b', 'feature');
      writeTree(dir.path, { [c.file]: c.head });
      commitAll(dir.path, 'change');
      const diff = await scan({ root: dir.path, diff: 'main...feature' });
      const tree = await scan({ root: dir.path });
      const changed = c.changed ?? [c.line];
      const onChangedLines = tree.detections.filter((d) => changed.includes(d.line));
      expect(onChangedLines.some((d) => d.line === c.line)).toBe(true);
      expect(where(diff)).toEqual(where({ ...tree, detections: onChangedLines }));
      expect(diff.detections.map((d) => d.secret.reveal())).toContain(c.value);
      expect(printable(diff)).not.toContain(c.value);
    });
  }

  it('does not report a value on a line the range left alone, and gives HEAD-side line numbers', async () => {
    const [k8s] = contextCases('diff-unchanged');
    if (!k8s) throw new Error('no case');
    writeTree(dir.path, { [k8s.file]: k8s.head });
    commitAll(dir.path, 'base holds the value already');
    git(dir.path, 'checkout', '-q', '-b', 'feature');
    const shifted = '# deployed by the platform team\n# see runbook\n' + k8s.head.replace('image: api:1', 'image: api:2');
    writeTree(dir.path, { [k8s.file]: shifted });
    commitAll(dir.path, 'comment and image bump');
    expect((await scan({ root: dir.path, diff: 'main...feature' })).detections).toEqual([]);

    writeTree(dir.path, { [k8s.file]: shifted.replace(k8s.value, `${k8s.value}Q`) });
    commitAll(dir.path, 'rotate');
    const result = await scan({ root: dir.path, diff: 'main...feature' });
    expect(result.detections.map((d) => [d.file, d.line])).toEqual([[k8s.file, k8s.line + 2]]);
    expect(printable(result)).not.toContain(k8s.value);
  });

  it('honours an allow comment on the unchanged line above a changed value, as a working-tree scan does', async () => {
    const env = contextCases('diff-allow').find((c) => c.file === '.env');
    if (!env) throw new Error('no case');
    const annotated = (text: string) => text.replace('DB_PASSWORD=', '# unleak:allow-next-line (local docker password)\nDB_PASSWORD=');
    writeTree(dir.path, { [env.file]: annotated(env.base) });
    commitAll(dir.path, 'base');
    git(dir.path, 'checkout', '-q', '-b', 'feature');
    writeTree(dir.path, { [env.file]: annotated(env.head) });
    commitAll(dir.path, 'change');
    const result = await scan({ root: dir.path, diff: 'main...feature' });
    expect(result.detections).toEqual([]);
    expect(result.suppressed.map((s) => [s.file, s.line, s.step])).toEqual([[env.file, env.line + 1, 'inline-ignore']]);
    expect(printable(result)).not.toContain(env.value);
  });

  it('reports each value once when a range adds several lines of one file', async () => {
    const cases = contextCases('diff-many');
    const json = cases.find((c) => c.file.endsWith('.json'));
    if (!json) throw new Error('no case');
    writeTree(dir.path, { [json.file]: '{}\n' });
    commitAll(dir.path, 'base');
    git(dir.path, 'checkout', '-q', '-b', 'feature');
    writeTree(dir.path, { [json.file]: json.head });
    commitAll(dir.path, 'fill');
    const result = await scan({ root: dir.path, diff: 'main...feature' });
    const tree = await scan({ root: dir.path });
    expect(where(result)).toEqual(where(tree));
    expect(new Set(where(result).map((w) => JSON.stringify(w))).size).toBe(result.detections.length);
    expect(result.detections.map((d) => d.line)).toContain(json.line);
  });

  it('keeps the added-lines fragment for a file too large to read whole', async () => {
    const [, json] = contextCases('diff-large');
    if (!json) throw new Error('no case');
    const fillerLines = Math.ceil(DIFF_CONTEXT_MAX_BYTES / '# filler line\n'.length) + 10;
    const filler = '# filler line\n'.repeat(fillerLines);
    writeTree(dir.path, { 'big.env': `A=1\n${filler}` });
    commitAll(dir.path, 'base');
    git(dir.path, 'checkout', '-q', '-b', 'feature');
    writeTree(dir.path, { 'big.env': `A=1\n${filler}DB_PASSWORD=${json.value}\n` });
    commitAll(dir.path, 'big');
    const result = await scan({ root: dir.path, diff: 'main...feature' });
    expect(result.detections.map((d) => [d.file, d.line])).toEqual([['big.env', fillerLines + 2]]);
    expect(result.stats.bytes).toBeLessThan(1000);
    expect(printable(result)).not.toContain(json.value);
  });
});
