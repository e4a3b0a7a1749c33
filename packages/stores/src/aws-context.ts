import type { SSMClient } from '@aws-sdk/client-ssm';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { classifyAwsError } from './aws-errors.js';
import { CallerIdentity } from './identity.js';
import { withRetry, type RetryPolicy } from './retry.js';
import { requireRegion, type ResolvedAws } from './settings.js';

type SsmModule = typeof import('@aws-sdk/client-ssm');
type SecretsManagerModule = typeof import('@aws-sdk/client-secrets-manager');

export interface Lazy<C, M> {
  client: C;
  sdk: M;
}

/**
 * Builds the AWS clients the first time a store needs them (importing @unleak/stores loads no SDK).
 * Endpoints are passed to the constructors explicitly as well as living in the environment, because an
 * SDK release once ignored AWS_ENDPOINT_URL. `maxAttempts: 1`: retries are decided in retry.ts.
 */
export class AwsContext {
  readonly resolved: ResolvedAws;
  readonly identity: CallerIdentity;
  #ssm: Promise<Lazy<SSMClient, SsmModule>> | undefined;
  #secretsManager: Promise<Lazy<SecretsManagerClient, SecretsManagerModule>> | undefined;
  #account: string | undefined;

  readonly #retry: RetryPolicy;

  constructor(resolved: ResolvedAws, retry: RetryPolicy) {
    this.resolved = resolved;
    this.#retry = retry;
    this.identity = new CallerIdentity(() => this.#lookupCaller());
  }

  get region(): string {
    return requireRegion(this.resolved);
  }

  /** The caller's account once the identity lookup has answered, else `*` (used only in IAM hints). */
  get account(): string {
    return this.#account ?? '*';
  }

  ssm(): Promise<Lazy<SSMClient, SsmModule>> {
    this.#ssm ??= (async () => {
      const region = this.region;
      const sdk = await import('@aws-sdk/client-ssm');
      return { sdk, client: new sdk.SSMClient(this.#config(region, this.resolved.endpoints.ssm)) };
    })();
    return this.#ssm;
  }

  secretsManager(): Promise<Lazy<SecretsManagerClient, SecretsManagerModule>> {
    this.#secretsManager ??= (async () => {
      const region = this.region;
      const sdk = await import('@aws-sdk/client-secrets-manager');
      return { sdk, client: new sdk.SecretsManagerClient(this.#config(region, this.resolved.endpoints.secretsManager)) };
    })();
    return this.#secretsManager;
  }

  #config(region: string, endpoint: string | undefined) {
    const { credentials, profile } = this.resolved;
    return {
      region,
      maxAttempts: 1,
      ...(endpoint !== undefined ? { endpoint } : {}),
      ...(credentials !== undefined ? { credentials } : profile !== undefined ? { profile } : {}),
    };
  }

  async #lookupCaller(): Promise<string | undefined> {
    const sts = await import('@aws-sdk/client-sts');
    const client = new sts.STSClient(this.#config(this.region, this.resolved.endpoints.sts));
    try {
      const out = await withRetry(() => client.send(new sts.GetCallerIdentityCommand({})), { policy: this.#retry, classify: classifyAwsError, exhausted: (e) => e as Error }, true);
      this.#account = out.Account;
      return out.Arn;
    } finally {
      client.destroy();
    }
  }

  destroy(): void {
    for (const lazy of [this.#ssm, this.#secretsManager]) void lazy?.then((l) => l.client.destroy(), () => undefined);
  }
}
