import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, expect } from 'vitest';
import { main } from '../src/main.js';
import { fakeIo, type FakeIo } from './helpers.js';
import { ensureBuilt, unleakBin } from './built-cli.js';

/** The workspace's node_modules, where husky and the optional lefthook binary are installed. */
export const workspaceModules = fileURLToPath(new URL('../../../node_modules/', import.meta.url));

/** Environment for git and the hooks it runs: a fixed identity, no user or system config, hooks enabled. */
export function hookEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    NO_COLOR: '1',
  };
  for (const name of ['HUSKY', 'LEFTHOOK', 'LEFTHOOK_BIN', 'GIT_DIR', 'GIT_INDEX_FILE', 'GIT_WORK_TREE']) delete env[name];
  return env;
}

export function sh(cwd: string, command: string, args: string[]): { status: number | null; output: string } {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: hookEnv(), timeout: 60_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

export function gitIn(cwd: string, ...args: string[]): { status: number | null; output: string } {
  return sh(cwd, 'git', args);
}

/**
 * A fresh repository in which `npx --no-install unleak` resolves to this checkout's built CLI, through a
 * node_modules/.bin/unleak shim as an npm install would create.
 */
export interface HookRepo {
  root: string;
  cleanup: () => void;
}

function hookRepo(): HookRepo {
  const root = mkdtempSync(join(tmpdir(), 'unleak-hook-'));
  const init = gitIn(root, 'init', '-q');
  if (init.status !== 0) throw new Error(init.output);
  mkdirSync(join(root, 'node_modules', '.bin'), { recursive: true });
  const shim = join(root, 'node_modules', '.bin', 'unleak');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${unleakBin}" "$@"\n`);
  chmodSync(shim, 0o755);
  writeFileSync(join(root, '.gitignore'), 'node_modules/\n');
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * A suite's repositories: the returned function makes one (see hookRepo), removed after each test. With
 * `committing` (the default) the built CLI is made first, because the installed hooks run it.
 */
export function hookRepos(options: { committing?: boolean } = {}): () => HookRepo {
  const made: HookRepo[] = [];
  if (options.committing ?? true) beforeAll(() => ensureBuilt(), 60_000);
  afterEach(() => {
    for (const repo of made.splice(0)) repo.cleanup();
  });
  return () => {
    const repo = hookRepo();
    made.push(repo);
    return repo;
  };
}

/** Links a package from the workspace into the repository's node_modules (as if it were installed there). */
export function linkPackage(root: string, name: string): void {
  symlinkSync(join(workspaceModules, name), join(root, 'node_modules', name));
}

export function commit(root: string, files: Record<string, string>, message = 'change'): { status: number | null; output: string } {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  const add = gitIn(root, 'add', ...Object.keys(files));
  if (add.status !== 0) throw new Error(add.output);
  return gitIn(root, 'commit', '-q', '-m', message);
}

export async function hook(root: string, ...args: string[]): Promise<{ code: number; io: FakeIo }> {
  const io = fakeIo(root, hookEnv());
  const code = await main(['hook', ...args], io);
  return { code, io };
}

/** `unleak hook install [flags]` in `root`, which must succeed; returns what it printed. */
export async function install(root: string, ...flags: string[]): Promise<FakeIo> {
  return succeeded(await hook(root, 'install', ...flags));
}

/** `unleak hook uninstall [flags]` in `root`, which must succeed; returns what it printed. */
export async function uninstall(root: string, ...flags: string[]): Promise<FakeIo> {
  return succeeded(await hook(root, 'uninstall', ...flags));
}

function succeeded({ code, io }: { code: number; io: FakeIo }): FakeIo {
  expect(code, io.err).toBe(0);
  return io;
}

/** The hook refused the commit, its report names where the key is, and the key itself never shows. */
export function expectBlocked(result: { status: number | null; output: string }, where: string, key: string): void {
  expect(result.status).toBe(1);
  expect(result.output).toContain(where);
  expect(result.output).not.toContain(key);
}
