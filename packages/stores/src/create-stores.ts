import type { AuditLog } from './audit-log.js';
import { AwsContext } from './aws-context.js';
import { DEFAULT_RETRY_POLICY } from './retry.js';
import { SecretsManagerStore } from './secrets-manager-store.js';
import { resolveAws, resolveVault, type StoreSettings } from './settings.js';
import { SsmStore } from './ssm-store.js';
import type { StoreDeps } from './store-support.js';
import type { SecretStore, WritableStoreKind } from './types.js';
import { VaultStore } from './vault-store.js';

export type Stores = Record<WritableStoreKind, SecretStore> & {
  /** Releases the AWS clients' sockets; call once the run is over. */
  close(): void;
};

/**
 * One writer per store kind, sharing AWS clients, the caller identity and the audit log. Nothing is
 * loaded or contacted until a store is used; configuration problems (no region, no VAULT_ADDR) surface
 * then, as StoreErrors naming the setting. `env` is usually `process.env`.
 */
export function createStores(settings: StoreSettings, env: NodeJS.ProcessEnv, audit: AuditLog, overrides: Partial<Omit<StoreDeps, 'audit'>> = {}): Stores {
  const deps: StoreDeps = { audit, ...overrides, retry: { ...DEFAULT_RETRY_POLICY, ...settings.retry, ...overrides.retry } };
  const aws = new AwsContext(resolveAws(settings, env), deps.retry);
  const { kmsKeyId: smKmsKeyId, rotation } = settings.secretsManager ?? {};
  return {
    'ssm-string': new SsmStore('ssm-string', aws, deps),
    'ssm-secure': new SsmStore('ssm-secure', aws, deps, settings.ssm?.kmsKeyId),
    'secrets-manager': new SecretsManagerStore(aws, deps, { ...(smKmsKeyId !== undefined ? { kmsKeyId: smKmsKeyId } : {}), ...(rotation !== undefined ? { rotation } : {}) }),
    vault: new VaultStore(resolveVault(settings, env), deps),
    close: () => aws.destroy(),
  };
}
