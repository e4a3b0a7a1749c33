import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { awsKeyId, writeFiles } from './scan-helpers.js';
import { commit, expectBlocked, gitIn, hookEnv, hookRepos, install } from './hook-helpers.js';

/** The Python pre-commit framework, when this machine has it (Debian: `apt-get install pre-commit`). */
const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const available = preCommit.status === 0;

function runPreCommit(root: string, args: string[]): { status: number | null; output: string } {
  // Its own cache in a temporary folder: a local `language: system` hook installs nothing, fetches nothing.
  const env = { ...hookEnv(), PRE_COMMIT_HOME: mkdtempSync(join(tmpdir(), 'unleak-pre-commit-home-')) };
  const r = spawnSync('pre-commit', args, { cwd: root, encoding: 'utf8', env, timeout: 60_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe.skipIf(!available)(`the real pre-commit framework (${available ? preCommit.stdout.trim() : 'not installed: skipped'})`, () => {
  const newRepo = hookRepos();

  it('installs into `repos: []` in block style, blocks a staged secret, and scans under run --all-files', async () => {
    const repo = newRepo();
    const config = join(repo.root, '.pre-commit-config.yaml');
    writeFileSync(config, 'repos: []\n');
    await install(repo.root, '--pre-commit');
    const text = readFileSync(config, 'utf8');
    expect(text).toMatch(/^repos:\n {2}- repo: local\b/);
    expect(text).not.toContain('[');
    expect(runPreCommit(repo.root, ['install']).status).toBe(0);

    const key = awsKeyId('real-pre-commit');
    writeFiles(repo.root, { 'deploy/settings.env': `AWS_ACCESS_KEY_ID=${key}\n` });
    gitIn(repo.root, 'add', '.');
    expectBlocked(gitIn(repo.root, 'commit', '-q', '-m', 'add settings'), 'deploy/settings.env:1', key);

    // Commit it past the hook, then `run --all-files`: nothing is staged, yet the named files are scanned.
    expect(gitIn(repo.root, 'commit', '-q', '--no-verify', '-m', 'add settings').status).toBe(0);
    const all = runPreCommit(repo.root, ['run', '--all-files']);
    expectBlocked(all, 'deploy/settings.env:1', key);

    // A clean change passes through the real hook.
    gitIn(repo.root, 'rm', '-q', 'deploy/settings.env');
    expect(commit(repo.root, { 'README.md': '# service\n' }).status).toBe(0);
  }, 120_000);

  it('the shipped .pre-commit-hooks.yaml loads in this pre-commit and its unleak-system hook scans --all-files and --files', () => {
    const repo = newRepo();
    const key = awsKeyId('try-repo');
    expect(commit(repo.root, { 'deploy/settings.env': `AWS_ACCESS_KEY_ID=${key}\n`, 'README.md': '# service\n' }).status).toBe(0);
    // try-repo clones this checkout (uncommitted changes included) as the hook repository, as `repo:` + `rev:` would.
    const hookRepository = fileURLToPath(new URL('../../../', import.meta.url));
    const all = runPreCommit(repo.root, ['try-repo', hookRepository, 'unleak-system', '--all-files']);
    expectBlocked(all, 'deploy/settings.env:1', key);
    expect(all.output).toContain('scanned 2 files');
    const one = runPreCommit(repo.root, ['try-repo', hookRepository, 'unleak-system', '--verbose', '--files', 'README.md']);
    expect(one.status, one.output).toBe(0);
    expect(one.output).toContain('scanned 1 file');
  }, 120_000);
});
