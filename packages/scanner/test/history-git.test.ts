import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanWith, type ScanOptions, type ScanResult } from '../src/scan.js';
import { commitAll, demoToken, git, initRepo, printable, standInKit, tempDir, writeTree } from './helpers.js';

const scan = (options: ScanOptions) => scanWith(options, standInKit);


const rows = (r: ScanResult) => r.detections.map((d) => [d.file, d.line, d.commit?.slice(0, 12), d.inHead]);
const short = (sha: string) => sha.slice(0, 12);
/** Rows in a fixed order: findings on one line sort by their commit id, which differs from run to run. */
const sorted = (list: unknown[][]) => list.map((r) => JSON.stringify(r)).sort();


describe('--history on real repositories', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir('unleak-history-');
    initRepo(dir.path);
  });
  afterEach(() => dir.cleanup());

  it('reports the commit, its author date and inHead; a pure rename is not reported again and inHead follows it', async () => {
    const token = demoToken('rename');
    writeTree(dir.path, { 'a.env': `X=1\nT=${token}\n` });
    const added = commitAll(dir.path, 'add', '2024-03-02T10:00:00+01:00');
    mkdirSync(join(dir.path, 'config é'));
    git(dir.path, 'mv', 'a.env', 'config é/b c.env');
    commitAll(dir.path, 'move');
    const result = await scan({ root: dir.path, history: {} });
    expect(rows(result)).toEqual([['a.env', 2, short(added), true]]);
    expect(result.detections[0]?.committedAt).toBe('2024-03-02T10:00:00+01:00');
    expect(printable(result)).not.toContain(token);
  });

  it('gives deleted lines no finding, and a value added then deleted inHead=false', async () => {
    const kept = demoToken('kept');
    const gone = demoToken('gone');
    const inDeletedFile = demoToken('deleted-file');
    writeTree(dir.path, { 'a.env': `K=${kept}\nG=${gone}\n`, 'old.env': `D=${inDeletedFile}\n` });
    const first = commitAll(dir.path, 'add');
    writeTree(dir.path, { 'a.env': `K=${kept}\n` });
    rmSync(join(dir.path, 'old.env'));
    commitAll(dir.path, 'remove two');
    const result = await scan({ root: dir.path, history: {} });
    expect(rows(result)).toEqual([
      ['a.env', 1, short(first), true],
      ['a.env', 2, short(first), false],
      ['old.env', 1, short(first), false],
    ]);
  });

  it('reports a value re-added to the same file once, at the oldest commit; the later copies are suppressed as duplicates', async () => {
    const token = demoToken('again');
    writeTree(dir.path, { 'a.env': `T=${token}\n` });
    const first = commitAll(dir.path, 'add');
    writeTree(dir.path, { 'a.env': 'T=\n' });
    commitAll(dir.path, 'remove');
    writeTree(dir.path, { 'a.env': `X=1\nT=${token}\n`, 'copy.env': `T=${token}\n` });
    const readded = commitAll(dir.path, 're-add, and copy to a second file');
    const result = await scan({ root: dir.path, history: {} });
    expect(rows(result)).toEqual([
      ['a.env', 1, short(first), true],
      ['copy.env', 1, short(readded), true],
    ]);
    expect(result.suppressed.filter((s) => s.step === 'duplicate').map((s) => [s.file, s.line, s.commit])).toEqual([['a.env', 2, readded]]);
    expect(result.suppressed.find((s) => s.step === 'duplicate')?.reason).toContain(first.slice(0, 8));
    expect(printable(result)).not.toContain(token);
  });

  it('skips binary blobs and reads paths with spaces, unicode and quotes', async () => {
    const inBinary = demoToken('binary');
    const quoted = demoToken('quoted');
    writeTree(dir.path, {
      'blob.bin': Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`T=${inBinary}\n`)]),
      'dir with space/ünï "q".env': `T=${quoted}\n`,
    });
    commitAll(dir.path, 'add');
    const result = await scan({ root: dir.path, history: {} });
    expect(result.detections.map((d) => d.file)).toEqual(['dir with space/ünï "q".env']);
    expect(result.detections[0]?.inHead).toBe(true);
  });

  it('scans each commit of a merged branch once and a clean merge adds nothing', async () => {
    writeTree(dir.path, { 'base.txt': 'base\n' });
    commitAll(dir.path, 'base');
    git(dir.path, 'checkout', '-q', '-b', 'side');
    writeTree(dir.path, { 'side.env': `S=${demoToken('side')}\n` });
    const onSide = commitAll(dir.path, 'side');
    git(dir.path, 'checkout', '-q', 'main');
    writeTree(dir.path, { 'main.env': `M=${demoToken('main')}\n` });
    const onMain = commitAll(dir.path, 'main');
    git(dir.path, 'merge', '-q', '--no-edit', 'side');
    const result = await scan({ root: dir.path, history: {} });
    expect(rows(result)).toEqual([
      ['main.env', 1, short(onMain), true],
      ['side.env', 1, short(onSide), true],
    ]);
    expect(result.suppressed.filter((s) => s.step === 'duplicate')).toEqual([]);
  });

  it('reports what a merge itself introduces: a conflict resolved with a new value, an edit in an untouched file', async () => {
    writeTree(dir.path, { 'app.env': 'A=1\nB=2\nC=3\n', 'other.env': 'O=1\n' });
    commitAll(dir.path, 'base');
    git(dir.path, 'checkout', '-q', '-b', 'side');
    const sideToken = demoToken('conflict-side');
    writeTree(dir.path, { 'app.env': `A=1\nB=${sideToken}\nC=3\n` });
    const onSide = commitAll(dir.path, 'side');
    git(dir.path, 'checkout', '-q', 'main');
    const mainToken = demoToken('conflict-main');
    writeTree(dir.path, { 'app.env': `A=1\nB=${mainToken}\nC=3\n` });
    const onMain = commitAll(dir.path, 'main');
    try {
      git(dir.path, 'merge', '-q', 'side');
    } catch {
      // the conflict is the point
    }
    const resolved = demoToken('resolved');
    const evil = demoToken('evil');
    writeTree(dir.path, { 'app.env': `A=1\nB=${resolved}\nC=3\n`, 'other.env': `O=1\nE=${evil}\n` });
    const merge = commitAll(dir.path, 'merge with a resolution');
    const result = await scan({ root: dir.path, history: {} });
    expect(sorted(rows(result))).toEqual(
      sorted([
        ['app.env', 2, short(merge), true],
        ['app.env', 2, short(onMain), false],
        ['app.env', 2, short(onSide), false],
        ['other.env', 2, short(merge), true],
      ]),
    );
    expect(printable(result)).not.toMatch(new RegExp([sideToken, mainToken, resolved, evil].join('|')));
  });

  it('--since limits to later commits and --branch scans another branch, inHead against its tip', async () => {
    writeTree(dir.path, { 'a.env': `A=${demoToken('one')}\n` });
    const one = commitAll(dir.path, 'one');
    git(dir.path, 'checkout', '-q', '-b', 'feature');
    writeTree(dir.path, { 'b.env': `B=${demoToken('two')}\n` });
    const two = commitAll(dir.path, 'two');
    writeTree(dir.path, { 'a.env': 'A=\n' });
    commitAll(dir.path, 'feature drops a');
    git(dir.path, 'checkout', '-q', 'main');
    expect(rows(await scan({ root: dir.path, history: {} }))).toEqual([['a.env', 1, short(one), true]]);
    expect(rows(await scan({ root: dir.path, history: { branch: 'feature' } }))).toEqual([
      ['a.env', 1, short(one), false],
      ['b.env', 1, short(two), true],
    ]);
    expect(rows(await scan({ root: dir.path, history: { branch: 'feature', since: 'main' } }))).toEqual([['b.env', 1, short(two), true]]);
    await expect(scan({ root: dir.path, history: { branch: 'nope' } })).rejects.toThrow(/^--branch 'nope' is not a branch/);
    await expect(scan({ root: dir.path, history: { since: 'nope' } })).rejects.toThrow(/^--since 'nope' is not a commit/);
    await expect(scan({ root: dir.path, history: { branch: '--output=x' } })).rejects.toThrow(/is not a revision/);
  });

  it('reads the tip versions relative to a scanned subdirectory', async () => {
    writeTree(dir.path, { 'svc/a.env': `A=${demoToken('sub-kept')}\nB=${demoToken('sub-gone')}\n`, 'other/a.env': 'A=1\n' });
    const first = commitAll(dir.path, 'one');
    writeTree(dir.path, { 'svc/a.env': `A=${demoToken('sub-kept')}\n` });
    commitAll(dir.path, 'two');
    expect(rows(await scan({ root: join(dir.path, 'svc'), history: {} }))).toEqual([
      ['a.env', 1, short(first), true],
      ['a.env', 2, short(first), false],
    ]);
  });

  it('finds nothing, without an error, in a repository without commits', async () => {
    const result = await scan({ root: dir.path, history: {} });
    expect(result.detections).toEqual([]);
    expect(result.stats.files).toBe(0);
  });

  it('scans a shallow clone down to its boundary commit', async () => {
    writeTree(dir.path, { 'a.env': `A=${demoToken('deep')}\n` });
    commitAll(dir.path, 'one');
    writeTree(dir.path, { 'b.env': `B=${demoToken('shallow')}\n` });
    commitAll(dir.path, 'two');
    const clone = tempDir('unleak-shallow-');
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir.path}`, clone.path], { stdio: 'ignore' });
      const result = await scan({ root: clone.path, history: {} });
      // the boundary commit has no parent here: its whole tree counts as added there
      expect(result.detections.map((d) => [d.file, d.inHead])).toEqual([
        ['a.env', true],
        ['b.env', true],
      ]);
    } finally {
      clone.cleanup();
    }
  });

  it('refuses --history together with --staged or --diff', async () => {
    await expect(scan({ root: dir.path, history: {}, staged: true })).rejects.toThrow(/use one of them/);
    await expect(scan({ root: dir.path, history: {}, diff: 'a..b' })).rejects.toThrow(/use one of them/);
  });

  it('counts a value still inside a file that became binary as in HEAD', async () => {
    const token = demoToken('to-binary');
    writeTree(dir.path, { 'a.cfg': `T=${token}\n` });
    const first = commitAll(dir.path, 'text');
    writeFileSync(join(dir.path, 'a.cfg'), Buffer.concat([Buffer.from([0, 0]), Buffer.from(`T=${token}`)]));
    commitAll(dir.path, 'now binary');
    const result = await scan({ root: dir.path, history: {} });
    expect(rows(result)).toEqual([['a.cfg', 1, short(first), true]]);
  });
});
