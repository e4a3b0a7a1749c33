import { resolve } from 'node:path';
import { render } from 'ink';
import { App } from './App.js';
import type { SessionOptions } from './index.js';
import { createLiveServices } from './services-live.js';

/** Mounts the session on the process's terminal and waits for it to end. */
export async function mount(options: SessionOptions): Promise<number> {
  const services = createLiveServices({
    root: resolve(options.io.cwd, options.root),
    io: options.io,
    ...(options.storesEnv ? { storesEnv: options.storesEnv } : {}),
    ...(options.target ? { target: options.target } : {}),
    ...(options.configPath ? { configPath: options.configPath } : {}),
    ...(options.history ? { history: true } : {}),
  });
  let code = 0;
  let message: string | undefined;
  const warnings = holdWarnings();
  const instance = render(
    <App
      services={services}
      sandbox={options.sandbox ?? false}
      onExit={(c, m) => {
        code = c;
        message = m;
      }}
    />,
    { exitOnCtrlC: false, patchConsole: false, maxFps: 15 },
  );
  try {
    await instance.waitUntilExit();
  } finally {
    for (const w of warnings.release()) options.io.stderr(`unleak: warning: ${w}\n`);
  }
  if (message) options.io.stderr(`unleak: ${message}\n`);
  return code;
}

/**
 * Node prints process warnings (the AWS SDK emits one on older Node versions) straight to stderr, which
 * would tear the screen Ink draws: hold them while the session runs and print their first lines after.
 */
function holdWarnings(): { release(): string[] } {
  const printers = process.listeners('warning');
  const held: string[] = [];
  const hold = (w: Error) => void held.push(`${w.name === 'Warning' ? '' : `${w.name}: `}${w.message.split('\n')[0] ?? ''}`);
  process.removeAllListeners('warning');
  process.on('warning', hold);
  return {
    release() {
      process.off('warning', hold);
      for (const p of printers) process.on('warning', p);
      return held;
    },
  };
}
