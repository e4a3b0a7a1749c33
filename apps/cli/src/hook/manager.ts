import type { HookRepo } from './repo.js';

export type HookManagerId = 'git' | 'husky' | 'lefthook' | 'pre-commit';

/** What install or uninstall did, for the command to report. */
export interface HookChange {
  /** The file written or edited, absolute. */
  file: string;
  changed: boolean;
  /** A step the user still has to take (e.g. `npx lefthook install`). */
  hint?: string;
  warning?: string;
}

/** One way a repository runs its pre-commit hooks. A new hook manager is one file plus an entry in MANAGERS. */
export interface HookManager {
  id: HookManagerId;
  /** What the repository has that shows it uses this manager (e.g. `.husky/`), or undefined. */
  detect(repo: HookRepo): Promise<string | undefined>;
  install(repo: HookRepo, command: string): Promise<HookChange>;
  uninstall(repo: HookRepo): Promise<HookChange>;
}
