import { AwsError } from './aws/errors.js';
import { awsErrorReply, routeJson, type JsonService } from './aws/json-service.js';
import type { ServiceContext } from './aws/operation.js';
import { header, jsonReply, type RoutedRequest, type SandboxRequest } from './http.js';
import { SSM_OPERATIONS } from './ssm/index.js';
import { SECRETS_MANAGER_OPERATIONS } from './secretsmanager/index.js';
import { routeSts } from './sts.js';
import { routeVault, type VaultContext } from './vault/index.js';

const SSM: JsonService = {
  name: 'ssm',
  targetPrefix: 'AmazonSSM',
  signingName: 'ssm',
  operations: SSM_OPERATIONS,
  throttleError: (mutates) =>
    mutates
      ? new AwsError('TooManyUpdates', 'There are concurrent updates for a resource that supports one update at a time.')
      : new AwsError('ThrottlingException', 'Rate exceeded'),
  internalError: 'InternalServerError',
};

const SECRETS_MANAGER: JsonService = {
  name: 'secretsManager',
  targetPrefix: 'secretsmanager',
  signingName: 'secretsmanager',
  operations: SECRETS_MANAGER_OPERATIONS,
  throttleError: () => new AwsError('ThrottlingException', 'Rate exceeded'),
  internalError: 'InternalServiceError',
};

export interface RouterContext {
  aws: ServiceContext;
  vault: VaultContext;
  accessKeyId: string;
}

/** One port, three services: the AWS target prefix picks SSM or Secrets Manager, `/v1/` is Vault. */
export function route(req: SandboxRequest, ctx: RouterContext): RoutedRequest | undefined {
  if (req.url.pathname.startsWith('/v1/')) return routeVault(req, ctx.vault);
  if (req.method !== 'POST' || req.url.pathname !== '/') return undefined;
  const target = header(req.headers, 'x-amz-target');
  if (target === undefined) {
    return (header(req.headers, 'content-type') ?? '').startsWith('application/x-www-form-urlencoded') ? routeSts(req, ctx.aws.accountId, ctx.accessKeyId) : undefined;
  }
  const dot = target.indexOf('.');
  const prefix = target.slice(0, dot);
  const operation = target.slice(dot + 1);
  if (prefix === SSM.targetPrefix) return routeJson(SSM, operation, req, ctx.aws, ctx.accessKeyId);
  if (prefix === SECRETS_MANAGER.targetPrefix) return routeJson(SECRETS_MANAGER, operation, req, ctx.aws, ctx.accessKeyId);
  return undefined;
}

export function notRouted(req: SandboxRequest) {
  if (header(req.headers, 'x-amz-target') !== undefined) {
    return awsErrorReply(new AwsError('UnknownOperationException', `The sandbox serves only AmazonSSM.* and secretsmanager.* targets, not '${header(req.headers, 'x-amz-target')}'.`));
  }
  return jsonReply(404, { message: `unleak sandbox: nothing at ${req.method} ${req.url.pathname}; AWS clients POST to /, Vault clients use /v1/` });
}
