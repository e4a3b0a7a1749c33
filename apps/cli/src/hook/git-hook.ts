import { join } from 'node:path';
import type { HookManager } from './manager.js';
import { addShellBlock, removeShellBlock } from './shell-block.js';

const HEADER = '#!/bin/sh\n';

/** A plain `pre-commit` script where git looks for hooks (core.hooksPath and worktrees honoured). */
export const gitHook: HookManager = {
  id: 'git',
  detect: async () => undefined,
  async install(repo, command) {
    const file = join(repo.hooksDir, 'pre-commit');
    const { changed, warning } = await addShellBlock(file, command, HEADER);
    return { file, changed, ...(warning ? { warning } : {}) };
  },
  async uninstall(repo) {
    const file = join(repo.hooksDir, 'pre-commit');
    return { file, changed: await removeShellBlock(file, HEADER) };
  },
};
