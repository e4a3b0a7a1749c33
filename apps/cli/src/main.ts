import { isUnleakError } from '@unleak/core';
import { COMMANDS } from './commands/index.js';
import { usage } from './commands/help.js';
import { EXIT, type Io } from './io.js';

/** The only place that turns errors into exit codes; callers set process.exitCode from the result. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : name === '--help' || name === '-h' ? 'help' : name === '--version' ? 'version' : name;
  if (command === undefined) {
    // No arguments: the interactive session on a terminal; elsewhere, help and a usage error.
    if (io.isTTY) return main(['tui'], io);
    io.stderr(usage());
    return EXIT.error;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    io.stderr(`unleak: unknown command '${command}'. Run 'unleak help' for the list.\n`);
    return EXIT.error;
  }
  try {
    const run = await entry.load();
    return await run(rest, io);
  } catch (e) {
    return report(e, io);
  }
}

function report(e: unknown, io: Io): number {
  if (isUnleakError(e)) {
    io.stderr(`unleak: ${e.message}\n`);
    return e.exitCode;
  }
  if (e instanceof TypeError && 'code' in e && typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS')) {
    io.stderr(`unleak: ${e.message}. Run 'unleak help'.\n`);
    return EXIT.error;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.stderr(`unleak: internal error: ${message.split('\n')[0]}\n`);
  if (io.env.UNLEAK_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
  return EXIT.error;
}
