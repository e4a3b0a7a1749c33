import type { SecretValue } from '@unleak/core';
import { StoreError } from '@unleak/core';
import { awsErrorName, classifyAwsError, mapAwsError } from './aws-errors.js';
import { retriesExhausted, withRetry } from './retry.js';
import { MaybeCommitted, type StoreDeps } from './store-support.js';

export interface AwsCall {
  /** IAM action, e.g. `ssm:PutParameter`. */
  action: string;
  /** `SSM parameter '/app/db'`. */
  subject: string;
  resourceArn: string;
  /** Safe to resend after an ambiguous failure (reads, token-carrying Secrets Manager writes). */
  idempotent: boolean;
  /** Scrubbed from any error message. */
  value?: SecretValue;
}

/**
 * One AWS call with retries. Every failure leaves as a StoreError: `MaybeCommitted` for a
 * non-idempotent write whose response was lost, the AWS error name as `code` otherwise.
 */
export async function sendAws<T>(send: () => Promise<T>, call: AwsCall, deps: StoreDeps): Promise<T> {
  try {
    return await withRetry(
      send,
      {
        policy: deps.retry,
        classify: classifyAwsError,
        exhausted: (e, n) => retriesExhausted(`${call.subject}: ${call.action}`, awsErrorName(e), n, classifyAwsError(e)),
        ...(deps.sleep ? { sleep: deps.sleep } : {}),
        ...(deps.random ? { random: deps.random } : {}),
      },
      call.idempotent,
    );
  } catch (error) {
    if (error instanceof StoreError) throw error;
    if (!call.idempotent && classifyAwsError(error) === 'ambiguous') throw new MaybeCommitted(call.subject, awsErrorName(error));
    throw mapAwsError(error, { action: call.action, subject: call.subject, resourceArn: call.resourceArn, ...(call.value ? { value: call.value } : {}) });
  }
}
