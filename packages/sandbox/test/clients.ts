import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SSMClient } from '@aws-sdk/client-ssm';
import { STSClient } from '@aws-sdk/client-sts';
import vault from 'node-vault';
import type { Sandbox } from '../src/index.js';

// Node 20 is supported here; keep the SDK's upgrade notice out of test output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

/** The real clients, pointed at the sandbox explicitly (never through ambient env vars). */
export function awsConfig(sandbox: Sandbox, maxAttempts = 1) {
  return { endpoint: sandbox.url, region: sandbox.region, credentials: sandbox.credentials, maxAttempts };
}

export const ssmClient = (sandbox: Sandbox, maxAttempts = 1) => new SSMClient(awsConfig(sandbox, maxAttempts));
export const secretsClient = (sandbox: Sandbox, maxAttempts = 1) => new SecretsManagerClient(awsConfig(sandbox, maxAttempts));
export const stsClient = (sandbox: Sandbox) => new STSClient(awsConfig(sandbox));

export function vaultClient(sandbox: Sandbox, options: { token?: string; namespace?: string } = {}) {
  return vault({ endpoint: sandbox.url, token: options.token ?? sandbox.vaultToken, noCustomHTTPVerbs: true, ...(options.namespace ? { namespace: options.namespace } : {}) });
}

/** Runs `fn` and returns the error it throws (fails the test if it does not throw). */
export async function rejection(fn: () => Promise<unknown>): Promise<Error & { name: string; $metadata?: { httpStatusCode?: number }; response?: { statusCode?: number; body?: unknown } }> {
  try {
    await fn();
  } catch (e) {
    return e as never;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
