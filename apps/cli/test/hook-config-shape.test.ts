import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hook, hookRepos } from './hook-helpers.js';

/** A config whose sections have the wrong shape is the user's to fix: one line naming file and key, nothing written. */
describe('unleak hook install on a config with a section of the wrong shape', () => {
  const newRepo = hookRepos({ committing: false });

  it.each([
    ['--lefthook', 'lefthook.yml', 'pre-commit: true\n', /^unleak: lefthook\.yml: 'pre-commit' must be a mapping/],
    ['--lefthook', 'lefthook.yml', 'pre-commit:\n  commands:\n    - a\n', /^unleak: lefthook\.yml: 'pre-commit\.commands' must be a mapping/],
    ['--pre-commit', '.pre-commit-config.yaml', 'repos: 5\n', /^unleak: \.pre-commit-config\.yaml: 'repos' must be a list/],
  ])('%s %s %j', async (flag, name, text, message) => {
    const repo = newRepo();
    const file = join(repo.root, name);
    writeFileSync(file, text);
    const { code, io } = await hook(repo.root, 'install', flag);
    expect(code).toBe(2);
    expect(io.err).toMatch(message);
    expect(io.err).not.toContain('internal error');
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it.each([
    ['--lefthook', 'lefthook.yml', 'pre-commit:\n', ['pre-commit', 'commands', 'unleak', 'run']],
    ['--pre-commit', '.pre-commit-config.yaml', 'repos:\n', ['repos', 0, 'repo']],
  ])('%s: an empty %s section %j is filled in', async (flag, name, text, path) => {
    const repo = newRepo();
    const file = join(repo.root, name);
    writeFileSync(file, text);
    const { code, io } = await hook(repo.root, 'install', flag);
    expect(code, io.err).toBe(0);
    let value: unknown = parse(readFileSync(file, 'utf8'));
    for (const key of path) value = (value as Record<string | number, unknown>)[key];
    expect(value).toEqual(flag === '--lefthook' ? 'npx --no-install unleak scan --staged' : 'local');
  });
});
