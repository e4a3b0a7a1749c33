import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { awsKeyId } from './scan-helpers.js';
import { commit, expectBlocked, hook, hookRepos, install, sh, uninstall, workspaceModules } from './hook-helpers.js';

const lefthookBin = join(workspaceModules, 'lefthook-linux-x64', 'bin', 'lefthook');
const hasLefthook = process.platform === 'linux' && process.arch === 'x64' && existsSync(lefthookBin);
if (!hasLefthook) console.warn(`hook-lefthook tests skipped: no lefthook binary at ${lefthookBin} (lefthook-linux-x64 is an optional dependency)`);

const CONFIG = `# Git hooks for this repository (https://lefthook.dev)
pre-commit:
  parallel: true # checks are independent
  commands:
    lint:
      # keep it quick
      run: echo "lint ran"
`;

describe.skipIf(!hasLefthook)('unleak hook install / uninstall: lefthook (the real binary)', () => {
  const newRepo = hookRepos();

  it('adds a pre-commit command keeping comments; lefthook runs it; uninstall removes only it', async () => {
    const repo = newRepo();
    const file = join(repo.root, 'lefthook.yml');
    writeFileSync(file, CONFIG);
    const io = await install(repo.root);
    expect(io.out).toBe('unleak: installed the pre-commit check in lefthook.yml (lefthook)\n');
    expect(io.err).toContain("run 'npx lefthook install'");
    const installed = readFileSync(file, 'utf8');
    for (const comment of ['# Git hooks for this repository', '# checks are independent', '# keep it quick']) expect(installed).toContain(comment);
    expect(parse(installed)['pre-commit'].commands).toEqual({ lint: { run: 'echo "lint ran"' }, unleak: { run: 'npx --no-install unleak scan --staged' } });
    await install(repo.root);
    expect(readFileSync(file, 'utf8')).toBe(installed);

    expect(sh(repo.root, lefthookBin, ['install']).status).toBe(0);
    expect((await install(repo.root)).err).toBe('');

    const key = awsKeyId('lefthook1');
    const blocked = commit(repo.root, { 'src/aws.ts': `export const key = "${key}";\n` });
    expectBlocked(blocked, 'src/aws.ts:1  aws-access-key-id', key);
    expect(blocked.output).toContain('lint ran');

    const clean = commit(repo.root, { 'src/aws.ts': 'export const region = "eu-west-1";\n' });
    expect(clean.status).toBe(0);

    await uninstall(repo.root);
    const restored = readFileSync(file, 'utf8');
    expect(parse(restored)).toEqual(parse(CONFIG));
    for (const comment of ['# Git hooks for this repository', '# checks are independent', '# keep it quick']) expect(restored).toContain(comment);
  }, 90_000);

  it('adds to `jobs` when the config uses jobs, and creates lefthook.yml with --lefthook (removed again on uninstall)', async () => {
    const repo = newRepo();
    const file = join(repo.root, 'lefthook.yml');
    writeFileSync(file, 'pre-commit:\n  jobs:\n    - name: lint\n      run: echo lint\n');
    await install(repo.root);
    expect(parse(readFileSync(file, 'utf8'))['pre-commit'].jobs).toEqual([{ name: 'lint', run: 'echo lint' }, { name: 'unleak', run: 'npx --no-install unleak scan --staged' }]);
    await uninstall(repo.root);
    expect(parse(readFileSync(file, 'utf8'))['pre-commit'].jobs).toEqual([{ name: 'lint', run: 'echo lint' }]);

    const other = newRepo();
    await install(other.root, '--lefthook');
    expect(parse(readFileSync(join(other.root, 'lefthook.yml'), 'utf8'))).toEqual({ 'pre-commit': { commands: { unleak: { run: 'npx --no-install unleak scan --staged' } } } });
    await uninstall(other.root, '--lefthook');
    expect(existsSync(join(other.root, 'lefthook.yml'))).toBe(false);
  });
});

describe('lefthook config problems', () => {
  const newRepo = hookRepos({ committing: false });

  it('invalid YAML: exit 2 naming the file and line, file untouched', async () => {
    const repo = newRepo();
    const broken = 'pre-commit:\n  commands: [unclosed\n';
    writeFileSync(join(repo.root, 'lefthook.yml'), broken);
    const { code, io } = await hook(repo.root, 'install');
    expect(code).toBe(2);
    expect(io.err).toMatch(/^unleak: lefthook\.yml is not valid YAML/);
    expect(readFileSync(join(repo.root, 'lefthook.yml'), 'utf8')).toBe(broken);
  });

  it('a TOML or JSON lefthook config: exit 2 saying what to add by hand', async () => {
    const repo = newRepo();
    writeFileSync(join(repo.root, 'lefthook.toml'), '[pre-commit]\n');
    const { code, io } = await hook(repo.root, 'install');
    expect(code).toBe(2);
    expect(io.err).toContain('edits YAML lefthook configs only, and this repository has lefthook.toml');
  });
});
