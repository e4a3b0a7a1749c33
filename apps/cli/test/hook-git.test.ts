import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { awsKeyId, tempRepo } from './scan-helpers.js';
import { commit, expectBlocked, gitIn, hook, hookRepos, install, uninstall } from './hook-helpers.js';

describe('unleak hook install / uninstall: plain git', () => {
  const newRepo = hookRepos();

  it('blocks a commit that adds a fake secret (redacted output), lets a clean one through, and uninstall removes the hook it created', async () => {
    const repo = newRepo();
    const io = await install(repo.root);
    expect(io.out).toBe('unleak: installed the pre-commit check in .git/hooks/pre-commit (plain git hook)\n');
    const file = join(repo.root, '.git', 'hooks', 'pre-commit');
    const installed = readFileSync(file, 'utf8');
    expect(installed).toMatch(/^#!\/bin\/sh\n# >>> unleak: .*\nnpx --no-install unleak scan --staged \|\| exit \$\?\n# <<< unleak\n$/);
    expect(statSync(file).mode & 0o111).toBe(0o111);

    const again = await install(repo.root);
    expect(again.out).toContain('already in .git/hooks/pre-commit; nothing changed'.replace(';', ' (plain git hook);'));
    expect(readFileSync(file, 'utf8')).toBe(installed);

    const key = awsKeyId('hookgit1');
    const blocked = commit(repo.root, { 'config/prod.env': `AWS_ACCESS_KEY_ID=${key}\n` });
    expectBlocked(blocked, 'config/prod.env:1  aws-access-key-id', key);
    expect(blocked.output).toContain('unleak baseline add v1:');
    expect(gitIn(repo.root, 'rev-parse', '--verify', '-q', 'HEAD').status).not.toBe(0);

    gitIn(repo.root, 'rm', '-q', '--cached', 'config/prod.env');
    const clean = commit(repo.root, { 'src/app.ts': 'export const port = 8080;\n' });
    expect(clean.status).toBe(0);
    expect(clean.output).toMatch(/^unleak: no findings · scanned 1 file /m);

    const removed = await uninstall(repo.root);
    expect(removed.out).toContain('removed the pre-commit check from .git/hooks/pre-commit');
    expect(existsSync(file)).toBe(false);
    expect((await uninstall(repo.root)).out).toContain('nothing removed');
  }, 60_000);

  it('appends to an existing hook, keeps it running first, and uninstall restores it byte for byte', async () => {
    const repo = newRepo();
    const file = join(repo.root, '.git', 'hooks', 'pre-commit');
    const original = '#!/bin/sh\necho "existing hook ran"\n';
    writeFileSync(file, original, { mode: 0o755 });
    await install(repo.root, '--git');
    expect(readFileSync(file, 'utf8').startsWith(original)).toBe(true);

    const key = awsKeyId('hookgit2');
    const blocked = commit(repo.root, { 'a.env': `K=${key}\n` });
    expectBlocked(blocked, 'a.env:1', key);
    expect(blocked.output).toContain('existing hook ran');

    await uninstall(repo.root, '--git');
    expect(readFileSync(file, 'utf8')).toBe(original);
  }, 60_000);

  it('warns when the existing hook exec()s away before the block', async () => {
    const repo = newRepo();
    const file = join(repo.root, '.git', 'hooks', 'pre-commit');
    writeFileSync(file, '#!/bin/sh\nexec other-tool\n', { mode: 0o755 });
    const io = await install(repo.root);
    expect(io.err).toMatch(/warning: .*'exec other-tool' before the unleak block, so the block never runs/);
  });

  it('honours core.hooksPath and --command', async () => {
    const repo = newRepo();
    gitIn(repo.root, 'config', 'core.hooksPath', 'tools/githooks');
    const io = await install(repo.root, '--command', 'npx --no-install unleak scan --staged --verbose');
    expect(io.out).toContain('tools/githooks/pre-commit');
    expect(readFileSync(join(repo.root, 'tools', 'githooks', 'pre-commit'), 'utf8')).toContain('unleak scan --staged --verbose || exit $?');
    expect(existsSync(join(repo.root, '.git', 'hooks', 'pre-commit'))).toBe(false);
    const key = awsKeyId('hookgit3');
    expectBlocked(commit(repo.root, { 'b.env': `K=${key}\n` }), 'b.env:1', key);
  }, 60_000);

  it('from a linked worktree it installs where git looks for hooks (the shared hooks directory)', async () => {
    const repo = newRepo();
    expect(commit(repo.root, { 'README.md': '# r\n' }).status).toBe(0);
    const tree = join(repo.root, '..', `${repo.root.split('/').pop()}-wt`);
    expect(gitIn(repo.root, 'worktree', 'add', '-q', tree).status).toBe(0);
    try {
      mkdirSync(join(tree, 'node_modules'), { recursive: true });
      await install(tree);
      expect(existsSync(join(repo.root, '.git', 'hooks', 'pre-commit'))).toBe(true);
    } finally {
      gitIn(repo.root, 'worktree', 'remove', '--force', tree);
    }
  });

  it.each([
    [['install', '--git', '--husky'], /pick one of --husky, --git/],
    [['install', 'extra'], /takes no arguments/],
    [['frobnicate'], /unknown hook action 'frobnicate'/],
    [[], /needs 'install' or 'uninstall'/],
    [['uninstall', '--command', 'x'], /--command goes with hook install/],
    [['install', '--command', ' '], /--command must be one non-empty line/],
  ])('unleak hook %j → one-line usage error, exit 2', async (args, message) => {
    const repo = newRepo();
    const { code, io } = await hook(repo.root, ...args);
    expect(code).toBe(2);
    expect(io.err).toMatch(message);
    expect(io.err.trim().split('\n')).toHaveLength(1);
  });

  it('outside a git repository: exit 2 naming the directory', async () => {
    const dir = tempRepo({ 'a.txt': 'x\n' });
    try {
      const { code, io } = await hook(dir.root, 'install');
      expect(code).toBe(2);
      expect(io.err).toContain('is not inside a git working tree');
    } finally {
      dir.cleanup();
    }
  });

  it('several hook managers and no flag: exit 2, naming each and the flags', async () => {
    const repo = newRepo();
    mkdirSync(join(repo.root, '.husky'));
    writeFileSync(join(repo.root, 'lefthook.yml'), 'pre-commit:\n  commands: {}\n');
    const { code, io } = await hook(repo.root, 'install');
    expect(code).toBe(2);
    expect(io.err).toContain('several hook managers: husky (.husky/), lefthook (lefthook.yml)');
    expect(io.err).toContain('--husky, --lefthook');
    await install(repo.root, '--husky');
  });
});
