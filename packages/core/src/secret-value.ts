import { inspect } from 'node:util';
import { redact } from './redact.js';

/**
 * A secret held in memory. Its value is reachable only through `reveal()`: JSON, string conversion,
 * template literals and `util.inspect` (console.log, test-runner diffs) all see the redacted form.
 */
export class SecretValue {
  readonly #value: string;
  readonly redacted: string;

  constructor(value: string) {
    this.#value = value;
    this.redacted = redact(value);
  }

  reveal(): string {
    return this.#value;
  }

  get length(): number {
    return this.#value.length;
  }

  equals(other: SecretValue | string): boolean {
    return this.#value === (typeof other === 'string' ? other : other.reveal());
  }

  toString(): string {
    return this.redacted;
  }

  toJSON(): string {
    return this.redacted;
  }

  [inspect.custom](): string {
    return `SecretValue(${this.redacted})`;
  }
}
