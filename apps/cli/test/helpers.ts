import type { Io } from '../src/io.js';

export interface FakeIo extends Io {
  out: string;
  err: string;
}

export function fakeIo(cwd: string, env: NodeJS.ProcessEnv = {}): FakeIo {
  const io: FakeIo = {
    out: '',
    err: '',
    stdout: (s) => void (io.out += s),
    stderr: (s) => void (io.err += s),
    env: { NO_COLOR: '1', ...env },
    cwd,
    isTTY: false,
  };
  return io;
}
