import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';
import { HISTORY_STATS_KEYS, STATS_KEYS } from './scan-contract.js';
import { git, githubToken, tempRepo, writeFiles } from './scan-helpers.js';

/** Three commits: two touch src/gh.ts, one adds README.md. */
describe('scan --history stats', () => {
  let repo: ReturnType<typeof tempRepo>;
  const first = githubToken('stats-first');
  const second = githubToken('stats-second');

  beforeAll(() => {
    repo = tempRepo({ 'src/gh.ts': `export const token = "${first}";\n` });
    git(repo.root, 'init', '-q', '-b', 'main');
    git(repo.root, 'add', '.');
    git(repo.root, 'commit', '-qm', 'one');
    writeFiles(repo.root, { 'src/gh.ts': `export const token = "${second}";\n` });
    git(repo.root, 'commit', '-qam', 'two');
    writeFiles(repo.root, { 'README.md': '# app\n' });
    git(repo.root, 'add', '.');
    git(repo.root, 'commit', '-qm', 'three');
  });
  afterAll(() => repo.cleanup());

  it('json counts distinct files and adds the commits read after the version 1 stats', async () => {
    const io = fakeIo(repo.root);
    expect(await main(['scan', '--history', '--format', 'json'], io)).toBe(1);
    const { stats } = JSON.parse(io.out) as { stats: Record<string, number> };
    expect(Object.keys(stats)).toEqual([...STATS_KEYS, ...HISTORY_STATS_KEYS]);
    expect(stats).toMatchObject({ files: 2, commits: 3 });
    for (const value of [first, second]) expect(io.out + io.err).not.toContain(value);
  });

  it('a working-tree scan keeps the version 1 stats exactly', async () => {
    const io = fakeIo(repo.root);
    expect(await main(['scan', '--format', 'json'], io)).toBe(1);
    expect(Object.keys(JSON.parse(io.out).stats)).toEqual(STATS_KEYS);
  });

  it('the text summary names the commits', async () => {
    const io = fakeIo(repo.root);
    expect(await main(['scan', '--history'], io)).toBe(1);
    expect(io.out).toMatch(/scanned 2 files in 3 commits \(\d+ B\) in \d+ ms/);
    for (const value of [first, second]) expect(io.out + io.err).not.toContain(value);
  });
});
