import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fake } from '@unleak/core';

/** Well-formed fake credentials, built at test time (never literals in the repository). */
export const awsKeyId = (seed: string) => 'AK' + 'IA' + fake.upper(16, seed);
export const githubToken = (seed: string) => 'gh' + 'p_' + fake.alnum(36, seed);

export function tempRepo(files: Record<string, string>): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'unleak-cli-'));
  writeFiles(root, files);
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** A fresh repository with `files` staged and nothing committed (what `scan --staged` reads). */
export function stagedRepo(files: Record<string, string>): { root: string; cleanup: () => void } {
  const repo = tempRepo({});
  git(repo.root, 'init', '-q');
  writeFiles(repo.root, files);
  git(repo.root, 'add', '.');
  return repo;
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
}

export function git(cwd: string, ...args: string[]): void {
  execFileSync('git', args, {
    cwd,
    stdio: 'ignore',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  });
}
