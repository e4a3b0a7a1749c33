import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { gitIn, hook, hookRepos, install, uninstall } from './hook-helpers.js';

/** Configs as people write them: pre-commit's own sample style (`-   repo:`), 4-space lefthook, long lines, aligned comments. */
const PRE_COMMIT_CONFIG = `# See https://pre-commit.com for more information
default_stages: [pre-commit]
repos:
-   repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.5.0
    hooks:
    -   id: trailing-whitespace
    -   id: end-of-file-fixer
-   repo: local
    hooks:
    -   id: no-todo
        name: no todo
        entry: sh -c 'true'
        language: system
        args: ["--line-length=100"]   # wide
`;

const LEFTHOOK_COMMANDS = `# Lefthook config for the shop
pre-commit:
  parallel: true   # run everything at once
  commands:
    eslint:
      glob: "*.{js,ts,jsx,tsx}"
      run: npx eslint --max-warnings=0 --cache --cache-location node_modules/.cache/eslint/ --fix {staged_files} && git add {staged_files}
    prettier:
      glob: '*.{json,md,yml}'
      run: npx prettier --write {staged_files}
`;

const LEFTHOOK_JOBS = `pre-commit:
    parallel: true
    jobs:
        - name: lint
          run: npx eslint {staged_files}
          glob: "*.ts"
        # a group
        - group:
              piped: true
              jobs:
                  - run: echo one
`;

describe('unleak hook on hand-formatted YAML configs: only unleak lines change', () => {
  const newRepo = hookRepos({ committing: false });

  for (const [name, file, config, flag] of [
    ['pre-commit framework, sample-config style', '.pre-commit-config.yaml', PRE_COMMIT_CONFIG, '--pre-commit'],
    ['lefthook commands with long lines and aligned comments', 'lefthook.yml', LEFTHOOK_COMMANDS, '--lefthook'],
    ['lefthook jobs indented by 4', 'lefthook.yml', LEFTHOOK_JOBS, '--lefthook'],
  ] as const) {
    it(`${name}: install adds lines only, twice changes nothing, uninstall restores the file byte for byte`, async () => {
      const repo = newRepo();
      const path = join(repo.root, file);
      writeFileSync(path, config);
      await install(repo.root, flag);
      const installed = readFileSync(path, 'utf8');
      const kept = config.split('\n');
      const lines = installed.split('\n');
      expect(lines.filter((line) => !kept.includes(line)).join('\n')).toMatch(/unleak/);
      expect(kept.every((line) => lines.includes(line))).toBe(true);
      expect(JSON.stringify(parse(installed))).toContain('npx --no-install unleak scan --staged');
      await install(repo.root, flag);
      expect(readFileSync(path, 'utf8')).toBe(installed);
      await uninstall(repo.root, flag);
      expect(readFileSync(path, 'utf8')).toBe(config);
    });
  }
});

describe('unleak hook on a lefthook.yml holding only comments', () => {
  const newRepo = hookRepos({ committing: false });

  it('uninstall gives back the comments, not an empty mapping', async () => {
    const repo = newRepo();
    const path = join(repo.root, 'lefthook.yml');
    writeFileSync(path, '# hooks are added per team, see docs/hooks.md\n');
    await install(repo.root, '--lefthook');
    await uninstall(repo.root, '--lefthook');
    expect(readFileSync(path, 'utf8')).toBe('# hooks are added per team, see docs/hooks.md\n');
  });
});

describe('unleak hook on existing plain git hooks', () => {
  const newRepo = hookRepos({ committing: false });

  it('restores a hook without a final newline, and its mode, byte for byte', async () => {
    const repo = newRepo();
    const file = join(repo.root, '.git', 'hooks', 'pre-commit');
    const original = '#!/bin/sh\necho handwritten';
    writeFileSync(file, original, { mode: 0o644 });
    const io = await install(repo.root, '--git');
    expect(statSync(file).mode & 0o111).toBe(0o111);
    expect(io.err).toContain('was not executable');
    await uninstall(repo.root, '--git');
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(statSync(file).mode & 0o777).toBe(0o644);
  });

  it('keeps the newline install added when the user wrote more lines after the block', async () => {
    const repo = newRepo();
    const file = join(repo.root, '.git', 'hooks', 'pre-commit');
    writeFileSync(file, '#!/bin/sh\necho before', { mode: 0o755 });
    await install(repo.root, '--git');
    writeFileSync(file, `${readFileSync(file, 'utf8')}echo after\n`);
    await uninstall(repo.root, '--git');
    expect(readFileSync(file, 'utf8')).toBe('#!/bin/sh\necho before\necho after\n');
  });

  it('husky: a committed .husky/pre-commit (mode 644, no final newline) comes back with the same bytes and mode', async () => {
    const repo = newRepo();
    mkdirSync(join(repo.root, '.husky'));
    const file = join(repo.root, '.husky', 'pre-commit');
    writeFileSync(file, 'npx lint-staged', { mode: 0o644 });
    const io = await install(repo.root, '--husky');
    expect(io.err).not.toContain('was not executable');
    await uninstall(repo.root, '--husky');
    expect(readFileSync(file, 'utf8')).toBe('npx lint-staged');
    expect(statSync(file).mode & 0o777).toBe(0o644);
  });

  it('refuses to append shell lines to a hook written in another language, and leaves it untouched', async () => {
    const repo = newRepo();
    const file = join(repo.root, '.git', 'hooks', 'pre-commit');
    const original = '#!/usr/bin/env python3\nimport sys\nsys.exit(0)\n';
    writeFileSync(file, original, { mode: 0o755 });
    const { code, io } = await hook(repo.root, 'install', '--git');
    expect(code).toBe(2);
    expect(io.err).toMatch(/^unleak: .*pre-commit is a python3 script.*npx --no-install unleak scan --staged/);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('says so when core.hooksPath is a directory outside the repository (a shared hooks directory)', async () => {
    const repo = newRepo();
    const shared = mkdtempSync(join(tmpdir(), 'unleak-shared-hooks-'));
    try {
      expect(gitIn(repo.root, 'config', 'core.hooksPath', shared).status).toBe(0);
      const io = await install(repo.root, '--git');
      expect(readFileSync(join(shared, 'pre-commit'), 'utf8')).toContain('unleak scan --staged');
      expect(io.err).toContain(`core.hooksPath is ${shared}, outside this repository`);
    } finally {
      rmSync(shared, { recursive: true, force: true });
    }
  });

  it('appends to bash and env-sh hooks as before', async () => {
    const repo = newRepo();
    const file = join(repo.root, '.git', 'hooks', 'pre-commit');
    writeFileSync(file, '#!/usr/bin/env bash\nset -euo pipefail\n', { mode: 0o755 });
    const { code } = await hook(repo.root, 'install', '--git');
    expect(code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('unleak scan --staged || exit $?');
  });
});
