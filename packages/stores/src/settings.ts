import { StoreError } from '@unleak/core';
import type { RetryPolicy } from './retry.js';

/** Rotation set up on every secret unleak writes to Secrets Manager, when configured. */
export interface RotationSettings {
  lambdaArn: string;
  /** `rate(30 days)` or `cron(...)`; or use `automaticallyAfterDays`. */
  scheduleExpression?: string;
  automaticallyAfterDays?: number;
  /** Default false: the migrated value keeps working until the app reads from the store. */
  rotateImmediately?: boolean;
}

/**
 * Store configuration (the `stores:` block of unleak.yaml). Anything unset falls back to the
 * environment the way the AWS SDK and the Vault CLI do.
 */
export interface StoreSettings {
  aws?: {
    region?: string;
    profile?: string;
    /** Endpoint for every AWS service (e.g. the sandbox or LocalStack). */
    endpoint?: string;
  };
  ssm?: { endpoint?: string; kmsKeyId?: string };
  secretsManager?: { endpoint?: string; kmsKeyId?: string; rotation?: RotationSettings };
  vault?: { address?: string; token?: string; namespace?: string; mount?: string };
  retry?: Partial<RetryPolicy>;
}

export interface ResolvedAws {
  region: string | undefined;
  profile: string | undefined;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | undefined;
  endpoints: { ssm?: string; secretsManager?: string; sts?: string };
}

/** AWS settings over environment: service-specific endpoint env vars win over AWS_ENDPOINT_URL, as in the SDK. */
export function resolveAws(settings: StoreSettings, env: NodeJS.ProcessEnv): ResolvedAws {
  const ignoreEnvEndpoints = env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true';
  const fromEnv = (specific: string) => (ignoreEnvEndpoints ? undefined : (env[specific] ?? env.AWS_ENDPOINT_URL));
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  const profile = settings.aws?.profile ?? env.AWS_PROFILE;
  return {
    region: settings.aws?.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION,
    profile,
    credentials:
      accessKeyId && secretAccessKey && settings.aws?.profile === undefined
        ? { accessKeyId, secretAccessKey, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) }
        : undefined,
    endpoints: {
      ssm: settings.ssm?.endpoint ?? settings.aws?.endpoint ?? fromEnv('AWS_ENDPOINT_URL_SSM'),
      secretsManager: settings.secretsManager?.endpoint ?? settings.aws?.endpoint ?? fromEnv('AWS_ENDPOINT_URL_SECRETS_MANAGER'),
      sts: settings.aws?.endpoint ?? fromEnv('AWS_ENDPOINT_URL_STS'),
    },
  };
}

export function requireRegion(aws: ResolvedAws): string {
  if (aws.region === undefined || aws.region === '') {
    throw new StoreError('MissingRegion', 'no AWS region is set; export AWS_REGION=eu-west-1 (or your region) or set stores.aws.region in unleak.yaml');
  }
  return aws.region;
}

export interface ResolvedVault {
  address: string | undefined;
  token: string | undefined;
  namespace: string | undefined;
  mount: string;
}

export function resolveVault(settings: StoreSettings, env: NodeJS.ProcessEnv): ResolvedVault {
  return {
    address: settings.vault?.address ?? env.VAULT_ADDR,
    token: settings.vault?.token ?? env.VAULT_TOKEN,
    namespace: settings.vault?.namespace ?? env.VAULT_NAMESPACE,
    mount: settings.vault?.mount ?? 'secret',
  };
}
