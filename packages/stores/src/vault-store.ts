import { SecretValue, StoreError } from '@unleak/core';
import type NodeVault from 'node-vault';
import type { AuditEvent } from './audit-log.js';
import { CallerIdentity } from './identity.js';
import { retriesExhausted, withRetry } from './retry.js';
import { canonicalJson } from './scrub.js';
import type { ResolvedVault } from './settings.js';
import { assertKind, assertValid, auditFailure, conflictError, type StoreDeps } from './store-support.js';
import { isManaged, MANAGED_BY_KEY, unleakMarks } from './tags.js';
import type { PutOptions, PutOutcome, PutResult, RemoveOutcome, SecretStore, StoreDescription, StoreItem } from './types.js';
import { decodeVaultData, encodeVaultData } from './vault-data.js';
import { classifyVaultError, isCasMismatch, mapVaultError, vaultStatus } from './vault-errors.js';
import { VAULT_LIMITS, vaultMountProblems, vaultPathProblems, vaultValueProblems } from './vault-rules.js';

type VaultClient = NodeVault.client;

type CurrentData = { deleted: false; data: Record<string, unknown>; version: number } | { deleted: true; version: number };

/**
 * Vault KV v2 writer (node-vault, `noCustomHTTPVerbs`: Node HTTP servers and proxies reject the LIST
 * verb). Writes use check-and-set: `cas: 0` creates only, `cas: <current>` updates only what was read,
 * so a resent write can never add a second version.
 */
export class VaultStore implements SecretStore {
  readonly kind = 'vault' as const;
  readonly #vault: ResolvedVault;
  readonly #deps: StoreDeps;
  readonly identity: CallerIdentity;
  #client: Promise<VaultClient> | undefined;

  constructor(vault: ResolvedVault, deps: StoreDeps) {
    this.#vault = vault;
    this.#deps = deps;
    this.identity = new CallerIdentity(async () => {
      const out = (await this.#call('read', 'auth/token/lookup-self', (c) => c.tokenLookupSelf())) as { data?: { display_name?: string; entity_id?: string } };
      const name = out.data?.display_name ?? out.data?.entity_id;
      return name ? `vault:${name}` : undefined;
    });
  }

  /** `<mount>/data/<path>`, what node-vault `read()`, Vault policies and `vault kv get -mount` users know. */
  reference(ref: string): string {
    this.#assertPath(ref);
    return this.#dataPath(ref);
  }

  async put(item: StoreItem, options: PutOptions = {}): Promise<PutResult> {
    assertKind(item, this.kind);
    this.#assertPath(item.name);
    const data = encodeVaultData(item.value.reveal());
    assertValid('InvalidValue', vaultValueProblems(item.name, Buffer.byteLength(JSON.stringify(data), 'utf8')));
    this.#requireAddress();
    const identity = await this.identity.get();
    const ref = this.#dataPath(item.name);
    const base = { store: this.kind, name: item.name, ref, fingerprint: item.fingerprint, planId: item.planId, identity } as const;
    let outcome: PutOutcome;
    try {
      outcome = await this.#reconcile(item, data, options.overwrite === true);
      if (outcome !== 'unchanged') await this.#mark(item, outcome);
    } catch (error) {
      throw auditFailure(this.#deps.audit, { ...base, op: 'put' }, error);
    }
    this.#deps.audit.append({ ...base, op: 'put', result: outcome });
    try {
      const current = await this.#read(item.name, item.value);
      if (current === undefined || current.deleted || canonicalJson(current.data) !== canonicalJson(data)) {
        throw new StoreError('VerifyFailed', `Vault secret '${ref}' did not read back the value just written; another writer may have changed it; re-run apply`);
      }
      this.#deps.audit.append({ ...base, op: 'verify', version: String(current.version), result: 'verified' });
      return { store: this.kind, name: item.name, outcome, version: String(current.version), reference: ref, path: ref, verified: true, warnings: [] };
    } catch (error) {
      throw auditFailure(this.#deps.audit, { ...base, op: 'verify' }, error);
    }
  }

  async #reconcile(item: StoreItem, data: Record<string, unknown>, overwrite: boolean): Promise<PutOutcome> {
    const ref = this.#dataPath(item.name);
    let attempted: PutOutcome | undefined;
    for (let round = 1; round <= this.#deps.retry.maxAttempts; round++) {
      const current = await this.#read(item.name, item.value);
      if (current === undefined) {
        attempted = 'created';
      } else if (!current.deleted && canonicalJson(current.data) === canonicalJson(data)) {
        return attempted ?? 'unchanged';
      } else if (attempted === 'created' && !current.deleted) {
        throw conflictError(`Vault secret '${ref}'`, 'with a different value written by someone else while unleak was creating it');
      } else if (!overwrite) {
        throw conflictError(`Vault secret '${ref}'`, current.deleted ? `with its latest version (${current.version}) deleted` : `with a different value (version ${current.version})`);
      } else {
        attempted = 'updated';
      }
      const cas = current?.version ?? 0;
      try {
        await this.#call('create', ref, (c) => c.write(ref, { data, options: { cas } }), item.value);
        return attempted;
      } catch (error) {
        // Someone (or our own lost response) moved the version: read again and decide.
        if (!(error instanceof CasMismatch)) throw error;
      }
    }
    throw retriesExhausted(`Vault secret '${ref}'`, 'check-and-set mismatch', this.#deps.retry.maxAttempts, 'ambiguous');
  }

  /** custom_metadata marks: on create always; on update only when unleak already owned the secret. */
  async #mark(item: StoreItem, outcome: PutOutcome): Promise<void> {
    const metadataPath = this.#metadataPath(item.name);
    const existing = await this.#metadata(item.name);
    if (outcome === 'updated' && !isManaged(existing?.custom ?? {})) return;
    const marks = Object.fromEntries(
      Object.entries({ ...(existing?.custom ?? {}), ...unleakMarks(item) }).map(([k, v]) => [k, truncateBytes(v, VAULT_LIMITS.maxMetadataValueBytes)]),
    );
    await this.#call('update', metadataPath, (c) => c.write(metadataPath, { custom_metadata: marks }));
  }

  async get(ref: string): Promise<SecretValue | undefined> {
    this.#assertPath(ref);
    const current = await this.#read(ref);
    return current === undefined || current.deleted ? undefined : new SecretValue(decodeVaultData(current.data));
  }

  async exists(ref: string): Promise<boolean> {
    this.#assertPath(ref);
    return (await this.#metadata(ref)) !== undefined;
  }

  async describe(ref: string): Promise<StoreDescription | undefined> {
    this.#assertPath(ref);
    const metadata = await this.#metadata(ref);
    if (metadata === undefined) return undefined;
    const path = this.#dataPath(ref);
    return { store: this.kind, name: ref, reference: path, path, version: String(metadata.currentVersion), tags: metadata.custom, managedByUnleak: isManaged(metadata.custom) };
  }

  async remove(ref: string): Promise<RemoveOutcome> {
    this.#assertPath(ref);
    this.#requireAddress();
    const identity = await this.identity.get();
    const event: Omit<AuditEvent, 'result'> = { op: 'remove', store: this.kind, name: ref, ref: this.#dataPath(ref), identity };
    try {
      const metadata = await this.#metadata(ref);
      if (metadata === undefined) {
        this.#deps.audit.append({ ...event, result: 'absent' });
        return 'absent';
      }
      event.version = String(metadata.currentVersion);
      if (metadata.custom['unleak:fingerprint'] !== undefined) event.fingerprint = metadata.custom['unleak:fingerprint'];
      if (metadata.custom['unleak:plan'] !== undefined) event.planId = metadata.custom['unleak:plan'];
      if (!isManaged(metadata.custom)) {
        throw new StoreError(
          'NotManaged',
          `Vault secret '${this.#dataPath(ref)}' was not created by unleak (no ${MANAGED_BY_KEY}=unleak in custom_metadata), so unleak will not delete it; delete it yourself with \`vault kv metadata delete -mount=${this.#vault.mount} ${ref}\` if you mean to`,
        );
      }
      const metadataPath = this.#metadataPath(ref);
      await this.#call('delete', metadataPath, (c) => c.delete(metadataPath));
      this.#deps.audit.append({ ...event, result: 'removed' });
      return 'removed';
    } catch (error) {
      throw auditFailure(this.#deps.audit, event, error);
    }
  }

  async #read(path: string, value?: SecretValue): Promise<CurrentData | undefined> {
    const dataPath = this.#dataPath(path);
    try {
      const out = (await this.#call('read', dataPath, (c) => c.read(dataPath), value)) as { data?: { data?: Record<string, unknown> | null; metadata?: { version?: number } } };
      const version = out.data?.metadata?.version ?? 0;
      return out.data?.data ? { deleted: false, data: out.data.data, version } : { deleted: true, version };
    } catch (error) {
      if (!(error instanceof VaultMissing)) throw error;
      const version = error.deletedVersion;
      return version === undefined ? undefined : { deleted: true, version };
    }
  }

  async #metadata(path: string): Promise<{ custom: Record<string, string>; currentVersion: number } | undefined> {
    const metadataPath = this.#metadataPath(path);
    try {
      const out = (await this.#call('read', metadataPath, (c) => c.read(metadataPath))) as { data?: { custom_metadata?: Record<string, string> | null; current_version?: number } };
      return { custom: out.data?.custom_metadata ?? {}, currentVersion: out.data?.current_version ?? 0 };
    } catch (error) {
      if (error instanceof VaultMissing) return undefined;
      throw error;
    }
  }

  /**
   * One node-vault call with retries. A resent KV v2 write is safe: CAS makes a duplicate fail instead
   * of adding a version. 404 → VaultMissing (absent, or a deleted latest version), CAS mismatch → CasMismatch.
   */
  async #call<T>(capability: string, apiPath: string, call: (client: VaultClient) => Promise<T>, value?: SecretValue): Promise<T> {
    const client = await this.#connect();
    const ctx = { capability, apiPath, address: this.#vault.address ?? '', ...(value ? { value } : {}) };
    try {
      return await withRetry(
        () => call(client),
        {
          policy: this.#deps.retry,
          classify: classifyVaultError,
          exhausted: (e, n) => retriesExhausted(`Vault ${capability} on ${apiPath}`, String(vaultStatus(e) ?? (e as { code?: string })?.code ?? 'error'), n, classifyVaultError(e)),
          ...(this.#deps.sleep ? { sleep: this.#deps.sleep } : {}),
          ...(this.#deps.random ? { random: this.#deps.random } : {}),
        },
        true,
      );
    } catch (error) {
      if (vaultStatus(error) === 404 && (capability === 'read' || capability === 'delete')) throw new VaultMissing(error);
      if (isCasMismatch(error)) throw new CasMismatch(apiPath);
      throw mapVaultError(error, ctx);
    }
  }

  #connect(): Promise<VaultClient> {
    const address = this.#requireAddress();
    this.#client ??= (async () => {
      const { default: createVault } = await import('node-vault');
      const client = createVault({
        apiVersion: 'v1',
        endpoint: address,
        ...(this.#vault.token !== undefined ? { token: this.#vault.token } : {}),
        noCustomHTTPVerbs: true,
        // node-vault's default `debug` prints request bodies (values) when DEBUG=node-vault is set.
        debug: () => undefined,
      });
      // node-vault falls back to process.env for these; unleak resolves them itself (settings over `env`).
      Object.assign(client, { namespace: this.#vault.namespace, pathPrefix: '', token: this.#vault.token });
      return client;
    })();
    return this.#client;
  }

  #requireAddress(): string {
    if (this.#vault.address === undefined || this.#vault.address === '') {
      throw new StoreError('VaultAddressMissing', 'Vault address is not set, so unleak will not guess one; export VAULT_ADDR=https://vault.example.com:8200 or set stores.vault.address in unleak.yaml');
    }
    return this.#vault.address;
  }

  #dataPath(path: string): string {
    return `${this.#vault.mount}/data/${path}`;
  }

  #metadataPath(path: string): string {
    return `${this.#vault.mount}/metadata/${path}`;
  }

  #assertPath(path: string): void {
    assertValid('InvalidName', [...vaultMountProblems(this.#vault.mount), ...vaultPathProblems(path, this.#vault.mount)]);
  }
}

class VaultMissing extends StoreError {
  readonly deletedVersion: number | undefined;
  constructor(error: unknown) {
    super('NotFound', 'Vault secret not found');
    const body = (error as { response?: { body?: { data?: { metadata?: { version?: number } } } } }).response?.body;
    this.deletedVersion = body?.data?.metadata?.version;
  }
}

class CasMismatch extends StoreError {
  constructor(apiPath: string) {
    super('CasMismatch', `Vault secret '${apiPath}' changed version while unleak was writing it`);
  }
}

function truncateBytes(text: string, maxBytes: number): string {
  const buffer = Buffer.from(text, 'utf8');
  return buffer.length <= maxBytes ? text : buffer.subarray(0, maxBytes).toString('utf8').replace(/\uFFFD$/, '');
}
