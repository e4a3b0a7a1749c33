import { join, relative } from 'node:path';
import { UsageError } from '@unleak/core';
import type { HookManager } from './manager.js';
import { addShellBlock, readIfExists, removeShellBlock } from './shell-block.js';

const HEADER = '#!/bin/sh\n';
/** Interpreters the block's shell lines run under; a hook without a `#!` line is run by /bin/sh too. */
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'mksh', 'ash']);

/** A plain `pre-commit` script where git looks for hooks (core.hooksPath and worktrees honoured). */
export const gitHook: HookManager = {
  id: 'git',
  detect: async () => undefined,
  async install(repo, command) {
    const file = join(repo.hooksDir, 'pre-commit');
    const interpreter = interpreterOf((await readIfExists(file)) ?? '');
    if (interpreter && !SHELLS.has(interpreter)) {
      throw new UsageError(`${relative(repo.top, file)} is a ${interpreter} script and unleak adds shell lines only; make it run '${command}' and fail when that fails, or use husky, lefthook or pre-commit`);
    }
    const { changed, warning, madeExecutable } = await addShellBlock(file, command, HEADER);
    const warnings = [
      ...(warning ? [warning] : []),
      ...(madeExecutable ? [`${file} was not executable, so git skipped it; now it is, and its own lines run before unleak's ('unleak hook uninstall' makes it non-executable again)`] : []),
    ];
    const shared = repo.hooksPath !== undefined && relative(repo.top, repo.hooksDir).startsWith('..');
    return {
      file,
      changed,
      ...(warnings.length ? { warning: warnings.join('; ') } : {}),
      ...(shared ? { hint: `core.hooksPath is ${repo.hooksPath}, outside this repository: every repository that uses that directory now runs '${command}' before its commits` } : {}),
    };
  },
  async uninstall(repo) {
    const file = join(repo.hooksDir, 'pre-commit');
    return { file, changed: await removeShellBlock(file, HEADER) };
  },
};

/** The program a script's `#!` line names (`#!/usr/bin/env -S python3 -u` → python3), if it has one. */
function interpreterOf(script: string): string | undefined {
  const words = /^#!(.*)/.exec(script)?.[1]?.trim().split(/\s+/) ?? [];
  const program = words[0]?.split('/').pop() === 'env' ? words.slice(1).find((w) => !w.startsWith('-')) : words[0];
  return program?.split('/').pop() || undefined;
}
