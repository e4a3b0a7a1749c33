import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { HookManager } from './manager.js';
import type { HookRepo } from './repo.js';
import { addShellBlock, removeShellBlock } from './shell-block.js';

/**
 * husky v9: `.husky/pre-commit` is a plain shell file that husky's own hook runs with `sh -e` (v4–v8 hooks
 * also work: the block is appended after their lines). The directory follows core.hooksPath (`<dir>/_`)
 * when husky set it, so monorepos with husky in a subdirectory work too.
 */
export const husky: HookManager = {
  id: 'husky',
  async detect(repo) {
    if (existsSync(join(repo.top, '.husky'))) return '.husky/';
    if (repo.hooksPath && /(^|\/)_\/?$/.test(repo.hooksPath) && repo.hooksPath.includes('husky')) return `core.hooksPath=${repo.hooksPath}`;
    const pkg = readPackageJson(repo.top);
    if (pkg?.devDependencies?.husky || pkg?.dependencies?.husky) return 'husky in package.json';
    if (/\bhusky\b/.test(pkg?.scripts?.prepare ?? '')) return "'prepare: husky' in package.json";
    return undefined;
  },
  async install(repo, command) {
    const file = join(huskyDir(repo), 'pre-commit');
    const { changed, warning } = await addShellBlock(file, fromPackageDir(repo, command), '');
    const active = repo.hooksPath !== undefined && resolve(repo.top, repo.hooksPath) === join(huskyDir(repo), '_');
    return {
      file,
      changed,
      ...(warning ? { warning } : {}),
      ...(active ? {} : { hint: "git does not run husky's hooks yet: run 'npx husky' (npm install runs it through the 'prepare: husky' script)" }),
    };
  },
  async uninstall(repo) {
    const file = join(huskyDir(repo), 'pre-commit');
    return { file, changed: await removeShellBlock(file, '') };
  },
};

/**
 * git runs hooks at the top of the working tree, where npx cannot see a subdirectory's node_modules when
 * husky lives there (`cd app && husky app/.husky`); `npx --prefix app` finds that unleak and still scans
 * every staged file from the top.
 */
function fromPackageDir(repo: HookRepo, command: string): string {
  const packageDir = relative(repo.top, dirname(huskyDir(repo)));
  if (packageDir === '' || !command.startsWith('npx ') || command.includes('--prefix')) return command;
  const quoted = /^[\w./-]+$/.test(packageDir) ? packageDir : `'${packageDir.replaceAll("'", `'\\''`)}'`;
  return `npx --prefix ${quoted} ${command.slice('npx '.length)}`;
}

function huskyDir(repo: HookRepo): string {
  const underscore = repo.hooksPath ? /^(.*?)\/?_\/?$/.exec(repo.hooksPath) : null;
  return underscore?.[1] ? resolve(repo.top, underscore[1]) : join(repo.top, '.husky');
}

interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
}

function readPackageJson(dir: string): PackageJson | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
  } catch {
    return undefined;
  }
}
