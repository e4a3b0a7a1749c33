import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { awsKeyId, writeFiles } from './scan-helpers.js';
import { commit, gitIn, hookRepos, install, sh, uninstall } from './hook-helpers.js';

const CONFIG = `# See https://pre-commit.com
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: trailing-whitespace # tidy
`;

/**
 * The pre-commit framework itself (Python) is not installed here, so these tests check the config edit and
 * run the hook's entry the way pre-commit does: `entry` split like a shell command, the file names appended.
 */
function runLikePreCommit(root: string, entry: string, files: string[]) {
  return sh(root, 'sh', ['-c', `${entry} "$@"`, 'pre-commit', ...files]);
}

describe('unleak hook install / uninstall: the pre-commit framework', () => {
  const newRepo = hookRepos();

  it('adds a repo: local hook that receives the staged file names; uninstall removes only it', async () => {
    const repo = newRepo();
    const file = join(repo.root, '.pre-commit-config.yaml');
    writeFileSync(file, CONFIG);
    const io = await install(repo.root);
    expect(io.out).toBe('unleak: installed the pre-commit check in .pre-commit-config.yaml (pre-commit)\n');
    expect(io.err).toContain("run 'pre-commit install'");
    const installed = readFileSync(file, 'utf8');
    expect(installed).toContain('# See https://pre-commit.com');
    expect(installed).toContain('# tidy');
    const doc = parse(installed);
    expect(doc.repos).toHaveLength(2);
    const local = doc.repos[1];
    expect(local).toEqual({
      repo: 'local',
      hooks: [{ id: 'unleak', name: 'unleak (hardcoded credentials)', entry: 'npx --no-install unleak scan --staged', language: 'system', pass_filenames: true, require_serial: true }],
    });
    await install(repo.root);
    expect(readFileSync(file, 'utf8')).toBe(installed);

    // git commit: pre-commit passes the staged names; unleak reads their index versions.
    const key = awsKeyId('precommit1');
    writeFiles(repo.root, { 'app/settings.env': `AWS_ACCESS_KEY_ID=${key}\n`, 'app/main.py': 'print("hi")\n' });
    gitIn(repo.root, 'add', '.');
    const staged = runLikePreCommit(repo.root, local.hooks[0].entry, ['app/main.py', 'app/settings.env']);
    expect(staged.status).toBe(1);
    expect(staged.output).toContain('app/settings.env:1  aws-access-key-id');
    expect(staged.output).toContain('scanned 2 files');
    expect(staged.output).not.toContain(key);

    // pre-commit run --all-files: nothing staged, tracked files passed; they are still scanned.
    gitIn(repo.root, 'reset', '-q');
    gitIn(repo.root, 'add', 'app/main.py');
    expect(commit(repo.root, { 'app/main.py': 'print("hi")\n' }).status).toBe(0);
    const all = runLikePreCommit(repo.root, local.hooks[0].entry, ['app/main.py', 'app/settings.env']);
    expect(all.status).toBe(1);
    expect(all.output).toContain('app/settings.env:1');

    await uninstall(repo.root);
    expect(parse(readFileSync(file, 'utf8'))).toEqual(parse(CONFIG));
    expect(readFileSync(file, 'utf8')).toContain('# tidy');
  }, 90_000);

  it('a config that already pins unleak is left alone', async () => {
    const repo = newRepo();
    const file = join(repo.root, '.pre-commit-config.yaml');
    const pinned = 'repos:\n  - repo: https://github.com/unleak/unleak\n    rev: v0.1.0\n    hooks:\n      - id: unleak-system\n';
    writeFileSync(file, pinned);
    const io = await install(repo.root);
    expect(io.out).toContain('nothing changed');
    expect(io.err).toContain('already runs unleak from https://github.com/unleak/unleak');
    expect(readFileSync(file, 'utf8')).toBe(pinned);
  });

  it('the shipped .pre-commit-hooks.yaml runs `unleak scan --staged` with the file names', () => {
    const hooks = parse(readFileSync(new URL('../../../.pre-commit-hooks.yaml', import.meta.url), 'utf8')) as { id: string; entry: string; pass_filenames: boolean; language: string }[];
    expect(hooks.map((h) => h.id)).toEqual(['unleak', 'unleak-system']);
    for (const h of hooks) {
      expect(h.entry).toMatch(/unleak scan --staged$/);
      expect(h.pass_filenames).toBe(true);
    }
    expect(hooks.find((h) => h.id === 'unleak-system')?.language).toBe('system');
  });
});
