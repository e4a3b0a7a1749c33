import { existsSync, mkdirSync, readFileSync, renameSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { awsKeyId } from './scan-helpers.js';
import { commit, expectBlocked, gitIn, hookRepos, install, sh, workspaceModules } from './hook-helpers.js';

const hasHusky = existsSync(join(workspaceModules, 'husky', 'bin.js'));

describe.skipIf(!hasHusky)('unleak hook install: husky set up in a subdirectory (package.json not at the git root)', () => {
  const newRepo = hookRepos();

  it("runs the subdirectory's unleak from the top of the repository, so every staged file is scanned", async () => {
    const repo = newRepo();
    const frontend = join(repo.root, 'web app');
    mkdirSync(frontend);
    renameSync(join(repo.root, 'node_modules'), join(frontend, 'node_modules'));
    symlinkSync(join(workspaceModules, 'husky'), join(frontend, 'node_modules', 'husky'));
    expect(sh(repo.root, process.execPath, [join(frontend, 'node_modules', 'husky', 'bin.js'), 'web app/.husky']).status).toBe(0);
    expect(gitIn(repo.root, 'config', 'core.hooksPath').output.trim()).toBe('web app/.husky/_');

    await install(frontend);
    expect(readFileSync(join(frontend, '.husky', 'pre-commit'), 'utf8')).toContain("npx --prefix 'web app' --no-install unleak scan --staged");

    const key = awsKeyId('husky-subdir');
    const blocked = commit(repo.root, { '.gitignore': 'node_modules/\n', 'backend/.env': `AWS_ACCESS_KEY_ID=${key}\n` });
    expectBlocked(blocked, 'backend/.env:1  aws-access-key-id', key);
    expect(blocked.output).not.toContain('npm error');
  }, 60_000);
});
