/** An AWS error as the JSON 1.1 protocol sends it: `{"__type","message"}` with a status code. */
export class AwsError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'AwsError';
  }
}

export const validation = (message: string) => new AwsError('ValidationException', message);

/** AWS's model-constraint wording, so messages match what the real service sends. */
export const constraint = (field: string, rule: string) =>
  validation(`1 validation error detected: Value at '${field}' failed to satisfy constraint: ${rule}`);
