import type { StateStore } from '../persistence.js';
import type { Input } from './input.js';

export interface ServiceContext {
  store: StateStore;
  region: string;
  accountId: string;
  /** Epoch seconds, as the AWS JSON protocols send timestamps. */
  now(): number;
  /** In-process stand-ins for rotation Lambdas, by function ARN. */
  rotators: Record<string, SecretRotator>;
}

/** Given the AWSCURRENT value (base64 for binary secrets), returns the value to rotate to. */
export type SecretRotator = (currentValue: string) => string;

/** One `X-Amz-Target` operation. `mutates` lets faults and write counters know what changes state. */
export interface Operation {
  mutates: boolean;
  run(input: Input, ctx: ServiceContext): unknown;
}

export type OperationTable = Record<string, Operation>;
