import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';
import { FINDING_KEYS } from './scan-contract.js';
import { awsKeyId, git, githubToken, tempRepo, writeFiles } from './scan-helpers.js';

/** A repository whose history holds a removed key, a kept token and a pull-request branch adding another. */
describe('unleak scan --history / --diff', () => {
  let repo: ReturnType<typeof tempRepo>;
  const removed = awsKeyId('hist-removed');
  const kept = githubToken('hist-kept');
  const inPr = githubToken('hist-pr');
  const sha = (rev: string) => execFileSync('git', ['rev-parse', rev], { cwd: repo.root, encoding: 'utf8' }).trim();

  beforeAll(() => {
    repo = tempRepo({ 'config/app.env': `AWS_ACCESS_KEY_ID=${removed}\n`, 'src/gh.ts': `export const token = "${kept}";\n` });
    git(repo.root, 'init', '-q', '-b', 'main');
    git(repo.root, 'add', '.');
    git(repo.root, 'commit', '-qm', 'leak', '--date=2024-03-02T10:00:00Z');
    writeFiles(repo.root, { 'config/app.env': 'AWS_PROFILE=app\n' });
    git(repo.root, 'commit', '-qam', 'remove the key');
    git(repo.root, 'checkout', '-q', '-b', 'feature');
    writeFiles(repo.root, { 'src/pr.ts': `export const other = "${inPr}";\n` });
    git(repo.root, 'add', '.');
    git(repo.root, 'commit', '-qm', 'pr');
    git(repo.root, 'checkout', '-q', 'main');
  });
  afterAll(() => repo.cleanup());

  it('text output shows the commit, its date and "(removed)", never a value', async () => {
    const io = fakeIo(repo.root);
    expect(await main(['scan', '--history'], io)).toBe(1);
    const leak = sha('HEAD~1').slice(0, 8);
    expect(io.out).toMatch(new RegExp(`config/app\\.env\\n  1:19 .* AKIA…\\S+ @${leak} 2024-03-02 \\(removed\\)  →`));
    expect(io.out).toMatch(new RegExp(`src/gh\\.ts\\n .* @${leak} 2024-03-02  →`));
    for (const value of [removed, kept, inPr]) expect(io.out + io.err).not.toContain(value);
  });

  it('json carries commit, committedAt and inHead in contract order; --branch reads another branch', async () => {
    const io = fakeIo(repo.root);
    expect(await main(['scan', '--history', '--branch', 'feature', '--format', 'json'], io)).toBe(1);
    const findings = JSON.parse(io.out).findings as Record<string, unknown>[];
    for (const f of findings) expect(Object.keys(f)).toEqual(FINDING_KEYS.filter((k) => k in f));
    expect(findings.map((f) => [f.file, f.commit, f.committedAt !== undefined, f.inHead])).toEqual([
      ['config/app.env', sha('main~1'), true, false],
      ['src/gh.ts', sha('main~1'), true, true],
      ['src/pr.ts', sha('feature'), true, true],
    ]);
  });

  it('--diff BASE...HEAD reports only what the branch adds, in every format', async () => {
    for (const format of ['json', 'sarif', 'github', 'text']) {
      const io = fakeIo(repo.root);
      expect(await main(['scan', '--diff', 'main...feature', '--format', format], io)).toBe(1);
      expect(io.out).toContain('src/pr.ts');
      expect(io.out).not.toContain('gh.ts');
      expect(io.out + io.err).not.toContain(inPr);
    }
    const clean = fakeIo(repo.root);
    expect(await main(['scan', '--diff', 'feature..main', '--format', 'json'], clean)).toBe(0);
  });

  it('config explain shows when a committed value was added and that it is still in HEAD', async () => {
    const io = fakeIo(repo.root);
    expect(await main(['config', 'explain', 'src/gh.ts:1'], io)).toBe(0);
    expect(io.out).toContain(`  exposure     committed 2024-03-02 (${sha('main~1').slice(0, 7)}), still in HEAD: migrate it, then rotate (history keeps the old value)\n`);
    expect(io.out + io.err).not.toContain(kept);
  });

  it.each([
    [['scan', '--diff', 'nope...HEAD'], "--diff: 'nope' is not a commit, branch or tag"],
    [['scan', '--diff', 'main'], 'is not a range'],
    [['scan', '--diff', 'main..feature', '--staged'], '--diff cannot be combined with --staged'],
    [['scan', '--diff', 'main..feature', '--history'], '--diff cannot be combined with --history'],
    [['scan', '--branch', 'feature'], '--branch needs --history'],
    [['scan', '--history', '--branch', 'nope'], "--branch 'nope' is not a branch"],
    [['scan', '--history', '--since', 'nope'], "--since 'nope' is not a commit"],
  ])('%j exits 2 with one line', async (args, message) => {
    const io = fakeIo(repo.root);
    expect(await main(args, io)).toBe(2);
    expect(io.err).toContain(message);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.out).toBe('');
  });
});
