import type { SecretValue, StoreKind } from '@unleak/core';

/** The store kinds a writer exists for (`remove` means "delete the secret", not "write it somewhere"). */
export type WritableStoreKind = Exclude<StoreKind, 'remove'>;
export const WRITABLE_STORE_KINDS = ['ssm-string', 'ssm-secure', 'secrets-manager', 'vault'] as const satisfies readonly WritableStoreKind[];

/**
 * One value to write. `name` is the store-native name: an SSM parameter name (`/app/prod/db/password`),
 * a Secrets Manager secret name (`prod/app/db`) or a Vault path inside the mount (`app/db`).
 * Grouped credentials (one connection string's parts) travel as one JSON object string in `value`;
 * Vault stores such an object as the secret's keys, and any other value under the key `value`.
 */
export interface StoreItem {
  store: WritableStoreKind;
  name: string;
  value: SecretValue;
  /** The finding's fingerprint; tagged on the object and logged, so an audit line maps back to a finding. */
  fingerprint: string;
  /** The plan that wrote it; tagged, logged and used to derive idempotency tokens. */
  planId: string;
  /** `file:line` the value came from. */
  source?: string;
  description?: string;
  /** Extra tags (AWS) / custom_metadata (Vault). Keys starting with `aws:` are refused. */
  tags?: Record<string, string>;
}

export interface PutOptions {
  /** Replace a different value already stored under the name. Never implied. */
  overwrite?: boolean;
}

export type PutOutcome = 'created' | 'updated' | 'unchanged';

/** What a put did; only returned after the value was read back and matched. */
export interface PutResult {
  store: WritableStoreKind;
  name: string;
  outcome: PutOutcome;
  /** SSM and Vault: the version number as a string; Secrets Manager: the VersionId. */
  version: string;
  /** The string code should use to reference the value (see `SecretStore.reference`). */
  reference: string;
  /** SSM parameter ARN or Secrets Manager secret ARN, when known. */
  arn?: string;
  /** Vault: `<mount>/data/<path>`. */
  path?: string;
  verified: true;
  /** Non-fatal notes for the user, e.g. a Secrets Manager name that looks like an ARN suffix. */
  warnings: string[];
}

export interface RemoveOptions {
  /**
   * Secrets Manager only: delete without a recovery window. Without it the secret is scheduled for
   * deletion (`recoveryWindowDays`, default 7) and its name stays taken until then.
   */
  force?: boolean;
  recoveryWindowDays?: number;
}

export type RemoveOutcome = 'removed' | 'absent';

/** Value-free facts about a stored object. */
export interface StoreDescription {
  store: WritableStoreKind;
  name: string;
  reference: string;
  arn?: string;
  path?: string;
  version?: string;
  /** Tags (AWS) or custom_metadata (Vault). */
  tags: Record<string, string>;
  /** Carries `managed-by=unleak`: unleak created it and may remove it. */
  managedByUnleak: boolean;
  /** Secrets Manager: set when the secret is scheduled for deletion. */
  deletionDate?: string;
}

/**
 * One backend. A `ref` is the item's `name`. Every method validates the name before any network call
 * and throws `StoreError` (codes listed in README.md) whose message names the object and the fix and never
 * holds a value.
 */
export interface SecretStore {
  readonly kind: WritableStoreKind;
  /** Create; same value already there → `unchanged`; a different one → `StoreError('Conflict')` unless `overwrite`. */
  put(item: StoreItem, options?: PutOptions): Promise<PutResult>;
  get(ref: string): Promise<SecretValue | undefined>;
  exists(ref: string): Promise<boolean>;
  /** Deletes only objects marked `managed-by=unleak`; refuses others with `StoreError('NotManaged')`. */
  remove(ref: string, options?: RemoveOptions): Promise<RemoveOutcome>;
  /** The canonical reference string, without a network call: SSM name, Secrets Manager name, `secret/data/app/db`. */
  reference(ref: string): string;
  /** Value-free facts, or undefined when absent. */
  describe(ref: string): Promise<StoreDescription | undefined>;
}
