/** Everything a command may touch of the process; tests pass a fake. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
}

export type Command = (args: string[], io: Io) => Promise<number>;

/** Exit codes are a public interface: 0 clean, 1 findings, 2 usage or runtime error, 130 interrupted. */
export const EXIT = { ok: 0, findings: 1, error: 2, interrupted: 130 } as const;
