import { gitHook } from './git-hook.js';
import { husky } from './husky.js';
import { lefthook } from './lefthook.js';
import type { HookManager, HookManagerId } from './manager.js';
import { preCommitFramework } from './pre-commit-framework.js';

/** The hook managers unleak installs into, in detection order; plain git is the fallback. */
export const MANAGERS: Record<HookManagerId, HookManager> = { husky, lefthook, 'pre-commit': preCommitFramework, git: gitHook };

export type { HookChange, HookManager, HookManagerId } from './manager.js';
export { openRepo, type HookRepo } from './repo.js';
