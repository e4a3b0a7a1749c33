import { SecretValue, StoreError } from '@unleak/core';
import type { ParameterType, SSMClient } from '@aws-sdk/client-ssm';

type SsmModule = typeof import('@aws-sdk/client-ssm');
import type { AuditEvent } from './audit-log.js';
import { sendAws } from './aws-call.js';
import type { AwsContext } from './aws-context.js';
import { retriesExhausted } from './retry.js';
import { sameSecret } from './scrub.js';
import { ssmArn, ssmNameProblems, ssmValueCheck, type SsmTier } from './ssm-rules.js';
import { assertKind, assertValid, auditFailure, conflictError, MaybeCommitted, type StoreDeps } from './store-support.js';
import { awsTags, isManaged, unleakMarks } from './tags.js';
import type { PutOptions, PutOutcome, PutResult, RemoveOutcome, SecretStore, StoreDescription, StoreItem } from './types.js';

type SsmKind = 'ssm-string' | 'ssm-secure';

interface StoredParameter {
  value: string;
  version: number;
  type: string;
  arn: string | undefined;
}

/**
 * Parameter Store writer. Tags only on create (AWS refuses tags together with Overwrite), tier by size,
 * `Overwrite` only when asked; TooManyUpdates and throttling are retried here because the SDK does not
 * retry TooManyUpdates.
 */
export class SsmStore implements SecretStore {
  readonly kind: SsmKind;
  readonly #aws: AwsContext;
  readonly #deps: StoreDeps;
  readonly #kmsKeyId: string | undefined;

  constructor(kind: SsmKind, aws: AwsContext, deps: StoreDeps, kmsKeyId?: string) {
    this.kind = kind;
    this.#aws = aws;
    this.#deps = deps;
    this.#kmsKeyId = kmsKeyId;
  }

  get #type(): ParameterType {
    return this.kind === 'ssm-secure' ? 'SecureString' : 'String';
  }

  reference(ref: string): string {
    this.#assertName(ref);
    return ref;
  }

  async put(item: StoreItem, options: PutOptions = {}): Promise<PutResult> {
    assertKind(item, this.kind);
    this.#assertName(item.name);
    const { tier, problems } = ssmValueCheck(item.name, item.value.reveal());
    assertValid('InvalidValue', problems);
    const base = { store: this.kind, name: item.name, fingerprint: item.fingerprint, planId: item.planId } as const;
    const identity = await this.#aws.identity.get();
    let outcome: PutOutcome;
    try {
      outcome = await this.#reconcile(item, tier, options.overwrite === true);
    } catch (error) {
      throw auditFailure(this.#deps.audit, { ...base, op: 'put', identity, ref: this.#arn(item.name) }, error);
    }
    this.#deps.audit.append({ ...base, op: 'put', identity, ref: this.#arn(item.name), result: outcome });
    try {
      const stored = await this.#read(item.name, true, item.value);
      if (stored === undefined || !sameSecret(stored.value, item.value.reveal())) {
        throw new StoreError('VerifyFailed', `SSM parameter '${item.name}' did not read back the value just written; another writer may have changed it; re-run apply`);
      }
      const arn = stored.arn ?? this.#arn(item.name);
      this.#deps.audit.append({ ...base, op: 'verify', identity, ref: arn, version: String(stored.version), result: 'verified' });
      return { store: this.kind, name: item.name, outcome, version: String(stored.version), reference: item.name, arn, verified: true, warnings: [] };
    } catch (error) {
      throw auditFailure(this.#deps.audit, { ...base, op: 'verify', identity, ref: this.#arn(item.name) }, error);
    }
  }

  /** Read, then create / no-op / overwrite; a write whose outcome was lost is settled by the next read. */
  async #reconcile(item: StoreItem, tier: SsmTier, overwrite: boolean): Promise<PutOutcome> {
    let attempted: PutOutcome | undefined;
    for (let round = 1; ; round++) {
      const current = await this.#read(item.name, true, item.value);
      if (current === undefined) {
        attempted = 'created';
        if (await this.#tryWrite(item, tier, false, round)) return 'created';
        continue;
      }
      if (sameSecret(current.value, item.value.reveal()) && current.type === this.#type) return attempted ?? 'unchanged';
      if (attempted === 'created' && !sameSecret(current.value, item.value.reveal())) {
        throw conflictError(`SSM parameter '${item.name}'`, 'with a different value written by someone else while unleak was creating it');
      }
      if (!overwrite) {
        const detail = current.type === this.#type ? `with a different value (version ${current.version})` : `as ${current.type}, not ${this.#type}`;
        throw conflictError(`SSM parameter '${item.name}'`, detail);
      }
      attempted = 'updated';
      if (await this.#tryWrite(item, tier, true, round)) return 'updated';
    }
  }

  /** True when the write succeeded; false when the next round must read back to find out. */
  async #tryWrite(item: StoreItem, tier: SsmTier, overwrite: boolean, round: number): Promise<boolean> {
    const input = {
      Name: item.name,
      Value: item.value.reveal(),
      Type: this.#type,
      Overwrite: overwrite,
      ...(this.kind === 'ssm-secure' && this.#kmsKeyId !== undefined ? { KeyId: this.#kmsKeyId } : {}),
      ...(item.description !== undefined ? { Description: item.description.slice(0, 1024) } : {}),
      // Standard→Advanced is allowed on overwrite, Advanced→Standard is not: only name the tier when it must be Advanced.
      ...(tier === 'Advanced' || !overwrite ? { Tier: tier } : {}),
      ...(overwrite ? {} : { Tags: awsTags(unleakMarks(item)) }),
    };
    try {
      await this.#send('ssm:PutParameter', item.name, (c, sdk) => c.send(new sdk.PutParameterCommand(input)), false, item.value);
      return true;
    } catch (error) {
      const lost = error instanceof MaybeCommitted || (error instanceof StoreError && error.code === 'ParameterAlreadyExists' && !overwrite);
      if (!lost) throw error;
      if (round >= this.#deps.retry.maxAttempts) throw retriesExhausted(`SSM parameter '${item.name}': ssm:PutParameter`, error.code, round, 'ambiguous');
      return false;
    }
  }

  async get(ref: string): Promise<SecretValue | undefined> {
    this.#assertName(ref);
    const stored = await this.#read(ref, true);
    return stored === undefined ? undefined : new SecretValue(stored.value);
  }

  async exists(ref: string): Promise<boolean> {
    this.#assertName(ref);
    return (await this.#read(ref, false)) !== undefined;
  }

  async describe(ref: string): Promise<StoreDescription | undefined> {
    this.#assertName(ref);
    const stored = await this.#read(ref, false);
    if (stored === undefined) return undefined;
    const tags = await this.#tags(ref);
    return {
      store: this.kind,
      name: ref,
      reference: ref,
      arn: stored.arn ?? this.#arn(ref),
      version: String(stored.version),
      tags,
      managedByUnleak: isManaged(tags),
    };
  }

  async remove(ref: string): Promise<RemoveOutcome> {
    this.#assertName(ref);
    const identity = await this.#aws.identity.get();
    const event: Omit<AuditEvent, 'result'> = { op: 'remove', store: this.kind, name: ref, ref: this.#arn(ref), identity };
    try {
      const description = await this.describe(ref);
      if (description === undefined) {
        this.#deps.audit.append({ ...event, result: 'absent' });
        return 'absent';
      }
      event.version = description.version;
      event.fingerprint = description.tags['unleak:fingerprint'];
      event.planId = description.tags['unleak:plan'];
      if (!description.managedByUnleak) {
        throw new StoreError(
          'NotManaged',
          `SSM parameter '${ref}' was not created by unleak (no managed-by=unleak tag), so unleak will not delete it; remove it yourself with \`aws ssm delete-parameter --name ${ref}\` if you mean to`,
        );
      }
      try {
        await this.#send('ssm:DeleteParameter', ref, (c, sdk) => c.send(new sdk.DeleteParameterCommand({ Name: ref })), true);
      } catch (error) {
        if (!(error instanceof StoreError && error.code === 'ParameterNotFound')) throw error;
      }
      this.#deps.audit.append({ ...event, result: 'removed' });
      return 'removed';
    } catch (error) {
      throw auditFailure(this.#deps.audit, event, error);
    }
  }

  async #read(name: string, withDecryption: boolean, value?: SecretValue): Promise<StoredParameter | undefined> {
    try {
      const out = await this.#send(
        'ssm:GetParameter',
        name,
        (c, sdk) => c.send(new sdk.GetParameterCommand({ Name: name, WithDecryption: withDecryption })),
        true,
        value,
      );
      const p = out.Parameter;
      if (p?.Value === undefined) return undefined;
      return { value: p.Value, version: p.Version ?? 0, type: p.Type ?? 'String', arn: p.ARN };
    } catch (error) {
      if (error instanceof StoreError && error.code === 'ParameterNotFound') return undefined;
      throw error;
    }
  }

  async #tags(name: string): Promise<Record<string, string>> {
    const out = await this.#send(
      'ssm:ListTagsForResource',
      name,
      (c, sdk) => c.send(new sdk.ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: name })),
      true,
    );
    return Object.fromEntries((out.TagList ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
  }

  async #send<T>(action: string, name: string, call: (client: SSMClient, sdk: SsmModule) => Promise<T>, idempotent: boolean, value?: SecretValue): Promise<T> {
    const { client, sdk } = await this.#aws.ssm();
    const context = { action, subject: `SSM parameter '${name}'`, resourceArn: this.#arn(name), idempotent, ...(value ? { value } : {}) };
    return sendAws(() => call(client, sdk), context, this.#deps);
  }

  #arn(name: string): string {
    return ssmArn(name, this.#aws.resolved.region ?? '*', this.#aws.account);
  }

  #assertName(name: string): void {
    assertValid('InvalidName', ssmNameProblems(name, this.#aws.resolved.region ?? 'us-east-1'));
  }
}
