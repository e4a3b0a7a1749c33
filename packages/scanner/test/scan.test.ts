import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baselineOf, formatBaseline, parseBaseline } from '../src/baseline.js';
import { scanWith, type ScanOptions } from '../src/scan.js';
import { demoToken, git, initRepo, standInKit, tempDir, writeTree } from './helpers.js';

const scan = (options: ScanOptions) => scanWith(options, standInKit);

describe('scan pipeline', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.cleanup());

  it('finds, locates and counts; repeated identical secrets each get their own line', async () => {
    const t = demoToken('s1');
    writeTree(dir.path, { 'src/a.env': `A=${t}\r\nB=1\r\nC=${t}\r\n`, 'README.txt': 'nothing\n' });
    const result = await scan({ root: dir.path });
    expect(result.detections.map((d) => [d.file, d.line, d.column, d.endColumn])).toEqual([
      ['src/a.env', 1, 3, 3 + t.length],
      ['src/a.env', 3, 3, 3 + t.length],
    ]);
    expect(result.detections[0]?.fingerprint).toBe(result.detections[1]?.fingerprint);
    expect(result.stats.files).toBe(2);
    expect(result.stats.bytes).toBe(Buffer.byteLength(`A=${t}\r\nB=1\r\nC=${t}\r\n`) + 8);
  });

  it('suppresses inline ignores, placeholders and allowlisted paths, and says why', async () => {
    writeTree(dir.path, {
      'a.env': `A=${demoToken('i1')} # unleak:allow\nB_PASSWORD=changeme\n`,
      'docs/x.env': `A=${demoToken('i2')}\n`,
      'b.env': `A=${demoToken('i3')}\n`,
    });
    const result = await scan({ root: dir.path, config: { allow: { paths: ['docs/'], rules: [] } } });
    expect(result.detections.map((d) => d.file)).toEqual(['b.env']);
    expect(result.suppressed.map((s) => [s.file, s.step]).sort()).toEqual([
      ['a.env', 'inline-ignore'],
      ['a.env', 'placeholder'],
      ['docs/x.env', 'allowlist'],
    ]);
    expect(JSON.stringify(result.suppressed)).not.toContain(demoToken('i1'));
  });

  it('reports test fixtures at lower sensitivity instead of dropping them', async () => {
    writeTree(dir.path, { 'test/fixtures/a.env': `A=${demoToken('f1')}\n`, 'src/a.env': `A=${demoToken('f2')}\n` });
    const { detections } = await scan({ root: dir.path });
    expect(detections.map((d) => [d.file, d.sensitivity, d.context.isTest])).toEqual([
      ['src/a.env', 'high', false],
      ['test/fixtures/a.env', 'medium', true],
    ]);
  });

  it('keeps a baseline valid across an unrelated line insertion and reports only new findings', async () => {
    writeTree(dir.path, { 'a.env': `A=${demoToken('b1')}\n` });
    const first = await scan({ root: dir.path });
    const { baseline, problems } = parseBaseline(JSON.parse(formatBaseline(baselineOf(first.detections))));
    expect(problems).toEqual([]);
    writeFileSync(join(dir.path, 'a.env'), `# new header\n\nA=${demoToken('b1')}\n`);
    appendFileSync(join(dir.path, 'a.env'), `B=${demoToken('b2')}\n`);
    const second = await scan({ root: dir.path, baseline });
    expect(second.detections.map((d) => d.line)).toEqual([4]);
    expect(second.suppressed.map((s) => [s.step, s.line])).toEqual([['baseline', 3]]);
  });

  it('handles invalid UTF-8 and binary files without crashing', async () => {
    writeTree(dir.path, {
      'bad.env': Buffer.concat([Buffer.from([0xc3, 0x28, 0xff, 0x0a]), Buffer.from(`A=${demoToken('u1')}\n`)]),
      'blob.dat2': Buffer.from([1, 2, 0, 3]),
    });
    const result = await scan({ root: dir.path });
    expect(result.detections.map((d) => [d.file, d.line])).toEqual([['bad.env', 2]]);
    expect(result.skipped).toEqual([{ relPath: 'blob.dat2', reason: 'binary content' }]);
  });

  it('errors when given paths but none could be read', async () => {
    writeTree(dir.path, { 'logo.png': 'x', 'blob.bin2': Buffer.from([0, 0]) });
    await expect(scan({ root: dir.path, paths: ['logo.png', 'blob.bin2'] })).rejects.toThrow(/read none of the given paths: logo.png \(binary extension\)/);
  });

  it('errors on a root that is not a directory', async () => {
    await expect(scan({ root: join(dir.path, 'missing') })).rejects.toThrow(/is not a directory/);
  });

  it('stops on abort', async () => {
    writeTree(dir.path, { 'a.env': 'x\n' });
    const controller = new AbortController();
    controller.abort();
    await expect(scan({ root: dir.path, signal: controller.signal })).rejects.toThrow(/interrupted/);
  });

  it('scans a 50 MB single-line file in bounded memory and finds secrets across window boundaries', async () => {
    const path = join(dir.path, 'bundle.min.js');
    const chunk = 'var a=1;'.repeat(128 * 1024); // 1 MB
    const token = demoToken('big');
    writeFileSync(path, '');
    for (let i = 0; i < 50; i++) appendFileSync(path, i === 20 ? chunk.slice(0, chunk.length - 10) + `t="${token}";` : chunk);
    const before = process.memoryUsage().rss;
    let peak = before;
    const result = await scan({ root: dir.path, onProgress: () => void (peak = Math.max(peak, process.memoryUsage().rss)) });
    expect(result.stats.files).toBe(1);
    expect(result.detections).toHaveLength(1);
    expect(result.detections[0]).toMatchObject({ line: 1, column: 20 * chunk.length + chunk.length - 10 + 4 });
    expect(peak - before).toBeLessThan(250 * 1024 * 1024);
  });
});

describe('git sources', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
    initRepo(dir.path);
  });
  afterEach(() => dir.cleanup());

  it('--staged reads the index version, not the working copy', async () => {
    writeTree(dir.path, { 'a.env': `A=${demoToken('g1')}\n`, 'clean.txt': 'x\n' });
    git(dir.path, 'add', 'a.env', 'clean.txt');
    writeFileSync(join(dir.path, 'a.env'), 'A=removed-in-worktree\n');
    writeTree(dir.path, { 'unstaged.env': `A=${demoToken('g2')}\n` });
    const result = await scan({ root: dir.path, staged: true });
    expect(result.detections.map((d) => [d.file, d.line])).toEqual([['a.env', 1]]);
    expect(result.stats.files).toBe(2);
  });

  it('--staged with file names and nothing staged reads the working copies (pre-commit --all-files)', async () => {
    writeTree(dir.path, { 'a.env': `A=${demoToken('g3')}\n` });
    const result = await scan({ root: dir.path, staged: true, paths: ['a.env'] });
    expect(result.detections).toHaveLength(1);
  });

  it('--history reports added lines with commit, date and file line numbers; --since limits it', async () => {
    writeTree(dir.path, { 'a.env': 'X=1\nY=2\n' });
    git(dir.path, 'add', '.');
    git(dir.path, 'commit', '-qm', 'one');
    const base = git(dir.path, 'rev-parse', 'HEAD').trim();
    writeTree(dir.path, { 'a.env': `X=1\nT=${demoToken('h1')}\nY=2\n` });
    git(dir.path, 'commit', '-qam', 'two');
    const second = git(dir.path, 'rev-parse', 'HEAD').trim();
    writeTree(dir.path, { 'a.env': 'X=1\nY=2\n', 'b.env': `T=${demoToken('h2')}\n` });
    git(dir.path, 'add', '.');
    git(dir.path, 'commit', '-qm', 'three: removes one, adds another');
    const all = await scan({ root: dir.path, history: {} });
    expect(all.detections.map((d) => [d.file, d.line, d.commit])).toEqual([
      ['a.env', 2, second],
      ['b.env', 1, git(dir.path, 'rev-parse', 'HEAD').trim()],
    ]);
    expect(all.detections[0]?.context.committedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const since = await scan({ root: dir.path, history: { since: second } });
    expect(since.detections.map((d) => d.file)).toEqual(['b.env']);
    await expect(scan({ root: dir.path, history: { since: 'no-such-rev' } })).rejects.toThrow(/--since/);
    expect(base).toMatch(/^[0-9a-f]{40}$/);
  });

  it('says clearly when the directory is not a git repository', async () => {
    const plain = tempDir();
    try {
      await expect(scanWith({ root: plain.path, staged: true }, standInKit)).rejects.toThrow(/not inside a git repository/);
    } finally {
      plain.cleanup();
    }
  });
});

describe('git sources below the repository root', () => {
  it('--history and --staged report paths relative to the scanned subdirectory', async () => {
    const dir = tempDir();
    try {
      initRepo(dir.path);
      writeTree(dir.path, { 'svc/a.env': `A=${demoToken('sub1')}\n`, 'other/b.env': `A=${demoToken('sub2')}\n` });
      git(dir.path, 'add', '.');
      const staged = await scanWith({ root: join(dir.path, 'svc'), staged: true }, standInKit);
      expect(staged.detections.map((d) => d.file)).toEqual(['a.env']);
      git(dir.path, 'commit', '-qm', 'one');
      const history = await scanWith({ root: join(dir.path, 'svc'), history: {} }, standInKit);
      expect(history.detections.map((d) => d.file)).toEqual(['a.env']);
      const limited = await scanWith({ root: dir.path, history: {}, paths: ['other'] }, standInKit);
      expect(limited.detections.map((d) => d.file)).toEqual(['other/b.env']);
    } finally {
      dir.cleanup();
    }
  });
});
