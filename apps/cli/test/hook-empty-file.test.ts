import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hookRepos, install, uninstall } from './hook-helpers.js';

/** An empty config or hook file is the user's file too: uninstall gives it back empty instead of deleting it. */
describe('unleak hook on a file that was empty before install', () => {
  const newRepo = hookRepos({ committing: false });

  it.each([
    ['--pre-commit', '.pre-commit-config.yaml'],
    ['--lefthook', 'lefthook.yml'],
  ])('%s: an empty %s is emptied again, not deleted', async (flag, name) => {
    const repo = newRepo();
    const file = join(repo.root, name);
    writeFileSync(file, '');
    await install(repo.root, flag);
    expect(JSON.stringify(parse(readFileSync(file, 'utf8')))).toContain('unleak');
    await install(repo.root, flag);
    await uninstall(repo.root, flag);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('');
    writeFileSync(file, '\n');
    await install(repo.root, flag);
    await uninstall(repo.root, flag);
    expect(existsSync(file)).toBe(true);
  });

  it.each([
    ['--pre-commit', '.pre-commit-config.yaml'],
    ['--lefthook', 'lefthook.yml'],
  ])('%s: a %s that install created is still removed by uninstall', async (flag, name) => {
    const repo = newRepo();
    await install(repo.root, flag);
    await uninstall(repo.root, flag);
    expect(existsSync(join(repo.root, name))).toBe(false);
  });

  it.each([
    ['repos: []\n', 'repos: []\n'],
    ['default_stages: [pre-commit]\nrepos: []\n', 'default_stages: [pre-commit]\nrepos: []\n'],
  ])('--pre-commit: %j keeps its empty repos list (pre-commit requires the key)', async (before, after) => {
    const repo = newRepo();
    const file = join(repo.root, '.pre-commit-config.yaml');
    writeFileSync(file, before);
    await install(repo.root);
    expect(parse(readFileSync(file, 'utf8')).repos).toHaveLength(1);
    await uninstall(repo.root);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(after);
  });

  it.each([
    ['--git', ['.git', 'hooks', 'pre-commit']],
    ['--husky', ['.husky', 'pre-commit']],
  ] as const)('%s: an empty hook script is emptied again, with its mode', async (flag, parts) => {
    const repo = newRepo();
    const file = join(repo.root, ...parts);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, '', { mode: 0o644 });
    await install(repo.root, flag);
    expect(readFileSync(file, 'utf8')).toContain('unleak scan --staged');
    await uninstall(repo.root, flag);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('');
    expect(statSync(file).mode & 0o777).toBe(0o644);
  });
});
