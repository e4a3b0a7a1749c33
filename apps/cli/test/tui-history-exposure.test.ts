import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveServices } from '../src/tui/services-live.js';
import { fakeIo } from './helpers.js';
import { git, githubToken, tempRepo, writeFiles } from './scan-helpers.js';

/** A token committed in one file, deleted from it, and now (uncommitted) in another. */
describe('live services with --history', () => {
  let repo: ReturnType<typeof tempRepo>;
  const token = githubToken('tui-exposure');

  beforeAll(() => {
    repo = tempRepo({ 'config/old.env': `GITHUB_TOKEN=${token}\n` });
    git(repo.root, 'init', '-q', '-b', 'main');
    git(repo.root, 'add', '.');
    git(repo.root, 'commit', '-qm', 'leak', '--date=2024-03-02T10:00:00Z');
    git(repo.root, 'rm', '-q', 'config/old.env');
    git(repo.root, 'commit', '-qm', 'remove the token');
    writeFiles(repo.root, { 'src/gh.ts': `export const token = "${token}";\n` });
  });
  afterAll(() => repo.cleanup());

  it("flags the row with the classifier's exposure note (date, removed from HEAD), never the value", async () => {
    const leak = execFileSync('git', ['rev-parse', '--short=7', 'HEAD~1'], { cwd: repo.root, encoding: 'utf8' }).trim();
    const services = createLiveServices({ root: repo.root, io: fakeIo(repo.root), history: true });
    const { rows } = await services.scan(() => {}, new AbortController().signal);
    const row = rows.find((r) => r.file === 'src/gh.ts');
    expect(row?.exposure).toBe(`committed 2024-03-02 (${leak}), removed from HEAD but still in history: rotate`);
    expect(JSON.stringify(rows)).not.toContain(token);
  });
});
