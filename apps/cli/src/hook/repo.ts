import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { UsageError } from '@unleak/core';

const run = promisify(execFile);

/** The repository a hook is installed into, as git itself resolves it (worktrees, core.hooksPath). */
export interface HookRepo {
  /** The working tree's top-level directory. */
  top: string;
  /** Where git looks for hooks: `git rev-parse --git-path hooks` (core.hooksPath, shared by worktrees). */
  hooksDir: string;
  /** core.hooksPath as configured, if set (husky sets it to `.husky/_`). */
  hooksPath?: string;
}

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    return (await run('git', args, { cwd, encoding: 'utf8' })).stdout.trim();
  } catch {
    return undefined;
  }
}

export async function openRepo(cwd: string): Promise<HookRepo> {
  const top = await git(cwd, ['rev-parse', '--show-toplevel']);
  if (!top) throw new UsageError(`${cwd} is not inside a git working tree; run 'unleak hook install' in your repository (or 'git init' first)`);
  const hooks = await git(top, ['rev-parse', '--git-path', 'hooks']);
  if (!hooks) throw new UsageError(`git could not say where ${top} keeps its hooks ('git rev-parse --git-path hooks' failed)`);
  const hooksPath = await git(top, ['config', 'core.hooksPath']);
  return { top, hooksDir: resolve(top, hooks), ...(hooksPath ? { hooksPath } : {}) };
}
