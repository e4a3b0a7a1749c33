import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hook, hookRepos } from './hook-helpers.js';

/** lefthook.json / .toml are not edited: the error says what to do by hand, for the action asked. */
describe('unleak hook with a non-YAML lefthook config', () => {
  const newRepo = hookRepos({ committing: false });

  it('install names the command the job should run (--command included)', async () => {
    const repo = newRepo();
    writeFileSync(join(repo.root, 'lefthook.json'), '{}\n');
    const { code, io } = await hook(repo.root, 'install', '--lefthook', '--command', 'npx unleak scan --staged --config ci.yaml');
    expect(code).toBe(2);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toContain("add a pre-commit job named 'unleak' running 'npx unleak scan --staged --config ci.yaml'");
    expect(readFileSync(join(repo.root, 'lefthook.json'), 'utf8')).toBe('{}\n');
  });

  it('uninstall says to remove the job, not to add one', async () => {
    const repo = newRepo();
    writeFileSync(join(repo.root, 'lefthook.toml'), '');
    const { code, io } = await hook(repo.root, 'uninstall', '--lefthook');
    expect(code).toBe(2);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toContain("remove the pre-commit job named 'unleak' from it yourself");
    expect(io.err).not.toContain('add a pre-commit job');
  });
});
