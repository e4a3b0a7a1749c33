/**
 * Typed errors. Commands throw these; the CLI's single top-level catch maps `exitCode` to the process
 * exit code and prints `message` on one line. Messages name the thing and the fix and never hold a
 * secret value.
 */
export class UnleakError extends Error {
  readonly exitCode: number = 2;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad flags, arguments or paths. */
export class UsageError extends UnleakError {}

/** One or more problems in `unleak.yaml`, a plan or a baseline; all collected before throwing. */
export class ConfigError extends UnleakError {
  readonly problems: string[];
  constructor(source: string, problems: string[]) {
    super(`${source}: ${problems.length === 1 ? problems[0] : `${problems.length} problems:\n  - ${problems.join('\n  - ')}`}`);
    this.problems = problems;
  }
}

/** A store refused or failed an operation after retries. */
export class StoreError extends UnleakError {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** The user interrupted (Ctrl-C); work so far is saved. */
export class InterruptedError extends UnleakError {
  override readonly exitCode = 130;
}

export function isUnleakError(e: unknown): e is UnleakError {
  return e instanceof UnleakError;
}
