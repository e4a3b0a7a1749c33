import { UsageError } from '@unleak/core';
import type { Io } from '../io.js';

export interface SessionOptions {
  /** The repository to review (absolute, or relative to io.cwd). */
  root: string;
  io: Io;
  /** Environment the stores read (AWS_*, VAULT_*); default io.env. `unleak demo` passes its sandbox's env. */
  storesEnv?: NodeJS.ProcessEnv;
  /** Top-bar label for where writes go, e.g. "sandbox http://127.0.0.1:41234". */
  target?: string;
  /** `--config FILE` (unleak.yaml). */
  configPath?: string;
  /** Running on the embedded sandbox: the summary explains how to point unleak at a real repo and real stores. */
  sandbox?: boolean;
  /** Also read git history (slower): values found there are flagged for rotation. */
  history?: boolean;
  /** Set by --no-color; NO_COLOR in io.env has the same effect. */
  noColor?: boolean;
}

export const NO_TTY_MESSAGE =
  "the interactive session needs a terminal; use 'unleak migrate --plan-out plan.yaml' then 'unleak apply plan.yaml --yes'";

/** Can this process read single key presses? (stdin and stdout are terminals and raw mode exists.) */
export function canRunInteractive(io: Io): boolean {
  return io.isTTY && Boolean(process.stdin.isTTY) && typeof process.stdin.setRawMode === 'function';
}

/**
 * The interactive migration session (Ink). Resolves with the exit code: 0 done or quit, 2 error,
 * 130 interrupted. Ink and React load only here.
 */
export async function runSession(options: SessionOptions): Promise<number> {
  if (!canRunInteractive(options.io)) throw new UsageError(NO_TTY_MESSAGE);
  // chalk (under Ink) ignores NO_COLOR: translate it before Ink loads.
  if (options.noColor || (options.io.env.NO_COLOR ?? '') !== '') process.env.FORCE_COLOR = '0';
  const { mount } = await import('./render.js');
  return mount(options);
}
