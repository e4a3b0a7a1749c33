import { StoreError } from '@unleak/core';
import type { AuditLog, AuditEvent } from './audit-log.js';
import type { RetryPolicy } from './retry.js';
import type { StoreItem, WritableStoreKind } from './types.js';

/** What every writer gets from the factory. */
export interface StoreDeps {
  audit: AuditLog;
  retry: RetryPolicy;
  /** Injected in unit tests to skip real waiting. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export function assertValid(code: string, problems: string[]): void {
  if (problems.length === 0) return;
  throw new StoreError(code, problems.length === 1 ? (problems[0] ?? '') : problems.join('; '));
}

export function assertKind(item: StoreItem, kind: WritableStoreKind | readonly WritableStoreKind[]): void {
  const kinds: readonly WritableStoreKind[] = typeof kind === 'string' ? [kind] : kind;
  if (!kinds.includes(item.store)) {
    throw new StoreError('WrongStore', `item '${item.name}' is for store '${item.store}' but was given to the ${kinds.join('/')} writer; route it with createStores()[item.store]`);
  }
}

/** Raised by a non-idempotent write whose outcome is unknown; the writer reads back and decides. */
export class MaybeCommitted extends StoreError {
  constructor(subject: string, code: string) {
    super('MaybeCommitted', `${subject}: the write may or may not have happened (${code})`);
  }
}

export function conflictError(subject: string, detail: string): StoreError {
  return new StoreError('Conflict', `${subject} already exists ${detail}; pass --overwrite to replace it (the old version is kept), or choose another name`);
}

/** Logs a failed operation, then rethrows it as a StoreError. */
export function auditFailure(audit: AuditLog, event: Omit<AuditEvent, 'result' | 'error'>, error: unknown): StoreError {
  // An unexpected error's message is not ours to vet for values, so only its name is kept.
  const storeError =
    error instanceof StoreError ? error : new StoreError('Failed', `${event.store} ${event.op} of '${event.name}' failed unexpectedly (${error instanceof Error ? error.name : typeof error}); re-run with the same plan`);
  const result = storeError.code === 'Conflict' ? 'conflict' : storeError.code === 'NotManaged' ? 'refused' : 'failed';
  audit.append({ ...event, result, error: { code: storeError.code, message: storeError.message } });
  return storeError;
}
