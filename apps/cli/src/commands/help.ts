import type { Io } from '../io.js';
import { COMMANDS } from './index.js';

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: unleak <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun 'unleak <command> --help' for a command's options.\n`;
}

export async function run(_args: string[], io: Io): Promise<number> {
  io.stdout(usage());
  return 0;
}
