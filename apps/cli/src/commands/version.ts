import type { Io } from '../io.js';

export const VERSION = '0.1.0';

export async function run(_args: string[], io: Io): Promise<number> {
  io.stdout(`unleak ${VERSION}\n`);
  return 0;
}
