import { StoreError } from '@unleak/core';

/**
 * One place decides retries (the AWS clients are built with `maxAttempts: 1`), so every attempt goes
 * through the same jittered backoff and a write whose response was lost is reconciled by reading back,
 * never blindly re-sent.
 */
export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 200, maxDelayMs: 10_000 };

/**
 * How a failed call may be retried:
 * - `throttled`: refused before doing anything (throttling, TooManyUpdates, 429, connection refused) — safe to resend;
 * - `ambiguous`: may have committed (5xx, reset or timed-out connection) — resend only idempotent calls,
 *   otherwise read back first;
 * - `fatal`: do not retry.
 */
export type FailureKind = 'throttled' | 'ambiguous' | 'fatal';

/** Full jitter: uniform in [0, min(max, base·2^(attempt-1))]. `attempt` counts from 1. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

export interface RetryContext {
  policy: RetryPolicy;
  classify: (error: unknown) => FailureKind;
  /** Called when retries ran out; returns the error to throw. */
  exhausted: (error: unknown, attempts: number) => Error;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `call` until it succeeds, fails fatally or runs out of attempts. `idempotent` calls are also
 * retried after ambiguous failures; others rethrow them so the caller can reconcile.
 */
export async function withRetry<T>(call: () => Promise<T>, ctx: RetryContext, idempotent: boolean): Promise<T> {
  const wait = ctx.sleep ?? sleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const kind = ctx.classify(error);
      const retryable = kind === 'throttled' || (kind === 'ambiguous' && idempotent);
      if (!retryable) throw error;
      if (attempt >= ctx.policy.maxAttempts) throw ctx.exhausted(error, attempt);
      await wait(backoffDelay(attempt, ctx.policy, ctx.random));
    }
  }
}

/** The standard "still failing" error for a store call. The cause is dropped: SDK errors can carry request data. */
export function retriesExhausted(what: string, code: string, attempts: number, kind: FailureKind): StoreError {
  return kind === 'throttled'
    ? new StoreError('Throttled', `${what} was still throttled after ${attempts} attempts (${code}); retry later, or raise retry.maxAttempts`)
    : new StoreError('Unavailable', `${what} kept failing after ${attempts} attempts (${code}); check the endpoint and retry`);
}
