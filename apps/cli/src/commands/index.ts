import type { Command } from '../io.js';

/** Each command loads on demand, so `unleak scan` pays only for the scanner. */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  help: { summary: 'show this help', load: async () => (await import('./help.js')).run },
  version: { summary: 'print the version', load: async () => (await import('./version.js')).run },
};
