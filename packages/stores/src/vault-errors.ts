import { StoreError, type SecretValue } from '@unleak/core';
import type { FailureKind } from './retry.js';
import { scrub } from './scrub.js';

interface VaultLikeError {
  message?: string;
  code?: string;
  response?: { statusCode?: number; body?: unknown };
}

export function vaultStatus(error: unknown): number | undefined {
  return (error as VaultLikeError | undefined)?.response?.statusCode;
}

export function isCasMismatch(error: unknown): boolean {
  return vaultStatus(error) === 400 && /check-and-set/i.test((error as VaultLikeError).message ?? '');
}

export function classifyVaultError(error: unknown): FailureKind {
  const status = vaultStatus(error);
  // 412: a performance standby has not caught up yet; Vault's own clients retry it.
  if (status === 429 || status === 412) return 'throttled';
  if (status !== undefined) return status >= 500 ? 'ambiguous' : 'fatal';
  const code = (error as VaultLikeError | undefined)?.code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'throttled';
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ETIMEDOUT' || code === 'ECONNABORTED' || /socket hang up/i.test((error as Error)?.message ?? '')) return 'ambiguous';
  return 'fatal';
}

export interface VaultCallContext {
  /** `create`, `read`, `delete`, … as in Vault policies. */
  capability: string;
  /** `secret/data/app/db`. */
  apiPath: string;
  address: string;
  value?: SecretValue;
}

export function mapVaultError(error: unknown, ctx: VaultCallContext): StoreError {
  if (error instanceof StoreError) return error;
  const status = vaultStatus(error);
  const message = scrub((error as VaultLikeError | undefined)?.message ?? String(error), ctx.value);
  if (status === 403) {
    return new StoreError(
      'AccessDenied',
      `Vault denied ${ctx.capability} on ${ctx.apiPath} (${message}); check VAULT_TOKEN and VAULT_NAMESPACE, and grant ["${ctx.capability}"] on path "${ctx.apiPath}" in the token's policy`,
    );
  }
  if (status === 503) return new StoreError('VaultSealed', `Vault at ${ctx.address} is sealed or in standby (HTTP 503); unseal it or point VAULT_ADDR at the active node`);
  if (status === 404) {
    return new StoreError('VaultNotFound', `Vault has no route for ${ctx.apiPath} (HTTP 404); check that a KV v2 engine is mounted there (vault secrets enable -path=<mount> kv-v2) and the namespace`);
  }
  if (status !== undefined) return new StoreError(`VaultHttp${status}`, `Vault ${ctx.capability} on ${ctx.apiPath} failed (HTTP ${status}: ${message})`);
  const code = (error as VaultLikeError | undefined)?.code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new StoreError('Unreachable', `Vault at ${ctx.address} is unreachable (${code}); check VAULT_ADDR and that Vault is running`);
  }
  return new StoreError('VaultError', `Vault ${ctx.capability} on ${ctx.apiPath} failed (${code ?? 'error'}: ${message})`);
}
