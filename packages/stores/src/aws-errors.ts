import { StoreError, type SecretValue } from '@unleak/core';
import type { FailureKind } from './retry.js';
import { scrub } from './scrub.js';

/** Error names AWS uses for "slow down"; none of them committed anything. */
const THROTTLING_NAMES = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'TooManyUpdates',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'ProvisionedThroughputExceededException',
  'SlowDown',
]);
const ACCESS_DENIED_NAMES = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation', 'AuthorizationError']);
const CREDENTIAL_NAMES = new Set([
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'ExpiredTokenException',
  'ExpiredToken',
  'InvalidClientTokenId',
  'MissingAuthenticationTokenException',
  'IncompleteSignatureException',
  'CredentialsProviderError',
]);
/** Node socket failures before a request reached the server. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
/** Node socket failures after the request may have been processed. */
const MAYBE_SENT_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'UND_ERR_SOCKET']);

interface AwsLikeError {
  name?: string;
  code?: string;
  message?: string;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number };
  cause?: unknown;
}

export function awsErrorName(error: unknown): string {
  const e = (error ?? {}) as AwsLikeError;
  return e.name ?? e.code ?? 'Error';
}

function socketCode(error: unknown): string | undefined {
  for (let e = error as AwsLikeError | undefined, depth = 0; e && depth < 4; e = e.cause as AwsLikeError | undefined, depth++) {
    if (typeof e.code === 'string' && (NOT_SENT_CODES.has(e.code) || MAYBE_SENT_CODES.has(e.code))) return e.code;
  }
  const message = (error as AwsLikeError | undefined)?.message ?? '';
  return /socket hang up|network socket disconnected/i.test(message) ? 'ECONNRESET' : undefined;
}

export function classifyAwsError(error: unknown): FailureKind {
  const e = (error ?? {}) as AwsLikeError;
  const name = awsErrorName(error);
  const status = e.$metadata?.httpStatusCode;
  if (THROTTLING_NAMES.has(name) || status === 429) return 'throttled';
  const socket = socketCode(error);
  if (socket !== undefined) return NOT_SENT_CODES.has(socket) ? 'throttled' : 'ambiguous';
  if (name === 'TimeoutError' || name === 'RequestTimeout') return 'ambiguous';
  if (e.$fault === 'server' || (status !== undefined && status >= 500)) return 'ambiguous';
  return 'fatal';
}

export interface AwsCallContext {
  /** IAM action, e.g. `ssm:PutParameter`. */
  action: string;
  /** What the call was about, as shown to the user: `SSM parameter '/app/db'`. */
  subject: string;
  /** The resource ARN for IAM messages (account may be `*` when unknown). */
  resourceArn: string;
  value?: SecretValue;
}

const DENIED_ACTION = /perform: ([a-z0-9-]+:[A-Za-z0-9]+)/;
const DENIED_RESOURCE = /on resource: (arn:[^\s]+)/;

/** Turns an SDK error into a StoreError naming the object and the fix; never carries the value. */
export function mapAwsError(error: unknown, ctx: AwsCallContext): StoreError {
  if (error instanceof StoreError) return error;
  const name = awsErrorName(error);
  const message = scrub(((error ?? {}) as AwsLikeError).message ?? String(error), ctx.value);
  if (ACCESS_DENIED_NAMES.has(name) || /not authorized to perform/i.test(message)) {
    const action = DENIED_ACTION.exec(message)?.[1] ?? ctx.action;
    const resource = DENIED_RESOURCE.exec(message)?.[1] ?? ctx.resourceArn;
    return new StoreError('AccessDenied', `AWS denied ${action} on ${resource}; allow ${action} on that ARN for the caller (IAM actions are listed in packages/stores/README.md)`);
  }
  if (CREDENTIAL_NAMES.has(name) || /Could not load credentials/i.test(message)) {
    return new StoreError('Credentials', `AWS rejected or could not find credentials for ${ctx.action} (${name}); set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or refresh your session`);
  }
  if (name === 'InvalidKeyId' || name === 'KMSInvalidStateException' || name === 'KMSNotFoundException' || name === 'EncryptionFailure') {
    return new StoreError('InvalidKmsKey', `${ctx.subject}: KMS key refused (${name}: ${message}); check the configured kmsKeyId and that the caller may use it`);
  }
  const socket = socketCode(error);
  if (socket === 'ECONNREFUSED' || socket === 'ENOTFOUND' || socket === 'EAI_AGAIN') {
    return new StoreError('Unreachable', `${ctx.subject}: the AWS endpoint is unreachable (${socket}); check AWS_ENDPOINT_URL / AWS_REGION and your network`);
  }
  return new StoreError(name, `${ctx.subject}: ${ctx.action} failed (${name}: ${message})`);
}
