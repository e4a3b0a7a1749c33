import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { awsKeyId } from './scan-helpers.js';
import { commit, expectBlocked, gitIn, hookRepos, install, linkPackage, sh, uninstall, workspaceModules } from './hook-helpers.js';

const hasHusky = existsSync(join(workspaceModules, 'husky', 'bin.js'));

describe.skipIf(!hasHusky)('unleak hook install / uninstall: husky v9 (the real husky, installed in the repo)', () => {
  const newRepo = hookRepos();

  it('husky init, then install adds to .husky/pre-commit; husky runs it; uninstall restores the file', async () => {
    const repo = newRepo();
    writeFileSync(join(repo.root, 'package.json'), `${JSON.stringify({ name: 'app', private: true, devDependencies: { husky: '^9.1.7' } }, null, 2)}\n`);
    linkPackage(repo.root, 'husky');
    const init = sh(repo.root, process.execPath, [join(repo.root, 'node_modules', 'husky', 'bin.js'), 'init']);
    expect(init.status).toBe(0);
    expect(gitIn(repo.root, 'config', 'core.hooksPath').output.trim()).toBe('.husky/_');
    const file = join(repo.root, '.husky', 'pre-commit');
    const original = 'echo "lint-staged would run here"\n';
    writeFileSync(file, original);

    const io = await install(repo.root);
    expect(io.out).toBe('unleak: installed the pre-commit check in .husky/pre-commit (husky)\n');
    expect(io.err).toBe('');
    const installed = readFileSync(file, 'utf8');
    expect(installed.startsWith(original)).toBe(true);
    expect(installed).toContain('npx --no-install unleak scan --staged || exit $?');
    await install(repo.root);
    expect(readFileSync(file, 'utf8')).toBe(installed);
    expect(existsSync(join(repo.root, '.husky', '_', 'pre-commit'))).toBe(true);

    const key = awsKeyId('husky1');
    const blocked = commit(repo.root, { 'deploy/.env': `AWS_ACCESS_KEY_ID=${key}\n` });
    expectBlocked(blocked, 'deploy/.env:1  aws-access-key-id', key);
    expect(blocked.output).toContain('lint-staged would run here');
    expect(blocked.output).toContain('husky - pre-commit script failed (code 1)');

    gitIn(repo.root, 'rm', '-q', '--cached', 'deploy/.env');
    const clean = commit(repo.root, { 'package.json': readFileSync(join(repo.root, 'package.json'), 'utf8'), '.husky/pre-commit': installed });
    expect(clean.status).toBe(0);
    expect(clean.output).toContain('unleak: no findings');

    await uninstall(repo.root);
    expect(readFileSync(file, 'utf8')).toBe(original);
  }, 90_000);

  it('husky in package.json but not set up yet: creates .husky/pre-commit and says how to activate it', async () => {
    const repo = newRepo();
    writeFileSync(join(repo.root, 'package.json'), '{ "devDependencies": { "husky": "^9.1.7" }, "scripts": { "prepare": "husky" } }\n');
    const io = await install(repo.root);
    expect(io.out).toContain('.husky/pre-commit (husky)');
    expect(io.err).toContain("run 'npx husky'");
    await uninstall(repo.root);
    expect(existsSync(join(repo.root, '.husky', 'pre-commit'))).toBe(false);
  });
});
