import { randomUUID } from 'node:crypto';
import type { Fault } from '../faults.js';
import { header, type Reply, type RoutedRequest, type SandboxRequest, type ServiceName } from '../http.js';
import { AwsError } from './errors.js';
import type { Input } from './input.js';
import type { OperationTable, ServiceContext } from './operation.js';
import { checkSigV4 } from './sigv4.js';

export interface JsonService {
  name: ServiceName;
  targetPrefix: string;
  /** The service name in the SigV4 credential scope. */
  signingName: string;
  operations: OperationTable;
  /** What this service answers when throttled: SSM says TooManyUpdates to writes. */
  throttleError(mutates: boolean): AwsError;
  internalError: string;
}

/** Routes an AWS JSON 1.1 request (`X-Amz-Target: <prefix>.<Op>`) to its operation. */
export function routeJson(service: JsonService, operation: string, req: SandboxRequest, ctx: ServiceContext, accessKeyId: string): RoutedRequest {
  const op = service.operations[operation];
  const mutates = op?.mutates ?? false;
  return {
    service: service.name,
    operation,
    mutates,
    faultable: true,
    execute(): Reply {
      try {
        checkSigV4(header(req.headers, 'authorization'), accessKeyId, service.signingName);
        if (!op) throw new AwsError('UnknownOperationException', `The sandbox does not implement ${service.targetPrefix}.${operation}.`);
        const output = op.run(parseBody(req.body), ctx);
        return awsReply(200, output ?? {});
      } catch (e) {
        return awsErrorReply(e);
      }
    },
    fault(fault: Fault): Reply {
      return fault === 'throttle'
        ? awsErrorReply(service.throttleError(mutates))
        : awsErrorReply(new AwsError(service.internalError, 'An internal error occurred (injected by the sandbox --faults).', 500));
    },
  };
}

function parseBody(body: string): Input {
  if (body.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new AwsError('SerializationException', 'The request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new AwsError('SerializationException', 'The request body must be a JSON object.');
  return parsed as Input;
}

function awsReply(status: number, body: unknown): Reply {
  return {
    status,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID() },
    body: JSON.stringify(body),
  };
}

export function awsErrorReply(e: unknown): Reply {
  if (e instanceof AwsError) return awsReply(e.status, { __type: e.type, message: e.message, Message: e.message });
  const message = e instanceof Error ? e.message.split('\n')[0] : 'unknown error';
  return awsReply(500, { __type: 'InternalFailure', message: `sandbox internal error: ${message}` });
}
