import { SecretValue, StoreError } from '@unleak/core';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { AuditEvent } from './audit-log.js';
import { sendAws } from './aws-call.js';
import type { AwsContext } from './aws-context.js';
import { clientRequestToken } from './request-token.js';
import { retriesExhausted } from './retry.js';
import { sameSecret } from './scrub.js';
import { secretsManagerNameCheck, secretsManagerValueProblems } from './secrets-manager-rules.js';
import type { RotationSettings } from './settings.js';
import { assertKind, assertValid, auditFailure, conflictError, type StoreDeps } from './store-support.js';
import { awsTags, isManaged, unleakMarks } from './tags.js';
import type { PutOptions, PutOutcome, PutResult, RemoveOptions, RemoveOutcome, SecretStore, StoreDescription, StoreItem } from './types.js';

type SecretsManagerModule = typeof import('@aws-sdk/client-secrets-manager');

interface SecretState {
  arn: string | undefined;
  tags: Record<string, string>;
  deletedDate: Date | undefined;
  currentVersionId: string | undefined;
}

interface CurrentValue {
  value: string;
  versionId: string;
  arn: string | undefined;
}

export interface SecretsManagerOptions {
  kmsKeyId?: string;
  rotation?: RotationSettings;
}

const DEFAULT_RECOVERY_WINDOW_DAYS = 7;

/**
 * Secrets Manager writer: CreateSecret with a token derived from plan + fingerprint (a resent request
 * is the same request to AWS), PutSecretValue only on explicit overwrite (AWSPREVIOUS keeps the old value).
 */
export class SecretsManagerStore implements SecretStore {
  readonly kind = 'secrets-manager' as const;
  readonly #aws: AwsContext;
  readonly #deps: StoreDeps;
  readonly #options: SecretsManagerOptions;

  constructor(aws: AwsContext, deps: StoreDeps, options: SecretsManagerOptions = {}) {
    this.#aws = aws;
    this.#deps = deps;
    this.#options = options;
  }

  /** The secret name: stable, accepted as SecretId and by `{{resolve:secretsmanager:…}}`; the ARN's suffix is random, see PutResult.arn. */
  reference(ref: string): string {
    this.#assertName(ref);
    return ref;
  }

  async put(item: StoreItem, options: PutOptions = {}): Promise<PutResult> {
    assertKind(item, this.kind);
    const warnings = this.#assertName(item.name);
    assertValid('InvalidValue', secretsManagerValueProblems(item.name, item.value.reveal()));
    const identity = await this.#aws.identity.get();
    const base = { store: this.kind, name: item.name, fingerprint: item.fingerprint, planId: item.planId, identity } as const;
    let outcome: PutOutcome;
    try {
      outcome = await this.#reconcile(item, options.overwrite === true);
    } catch (error) {
      throw auditFailure(this.#deps.audit, { ...base, op: 'put', ref: this.#arn(item.name) }, error);
    }
    this.#deps.audit.append({ ...base, op: 'put', ref: this.#arn(item.name), result: outcome });
    let current: CurrentValue | undefined;
    try {
      current = await this.#value(item.name, item.value);
      if (current === undefined || !sameSecret(current.value, item.value.reveal())) {
        throw new StoreError('VerifyFailed', `Secrets Manager secret '${item.name}' did not read back the value just written; another writer may have changed it; re-run apply`);
      }
      this.#deps.audit.append({ ...base, op: 'verify', ref: current.arn ?? this.#arn(item.name), version: current.versionId, result: 'verified' });
    } catch (error) {
      throw auditFailure(this.#deps.audit, { ...base, op: 'verify', ref: this.#arn(item.name) }, error);
    }
    if (outcome !== 'unchanged' && this.#options.rotation !== undefined) {
      const problem = await this.#enableRotation(item, this.#options.rotation, current.arn);
      if (problem !== undefined) warnings.push(problem);
    }
    return {
      store: this.kind,
      name: item.name,
      outcome,
      version: current.versionId,
      reference: item.name,
      ...(current.arn !== undefined ? { arn: current.arn } : {}),
      verified: true,
      warnings,
    };
  }

  async #reconcile(item: StoreItem, overwrite: boolean): Promise<PutOutcome> {
    let attempted: PutOutcome | undefined;
    for (let round = 1; ; round++) {
      const state = await this.#state(item.name);
      if (state?.deletedDate !== undefined) throw this.#scheduledForDeletion(item.name, state.deletedDate);
      const current = state === undefined ? undefined : await this.#value(item.name, item.value);
      if (state === undefined) {
        attempted = 'created';
        if (await this.#create(item, round)) return 'created';
        continue;
      }
      if (current !== undefined && sameSecret(current.value, item.value.reveal())) return attempted ?? 'unchanged';
      if (!overwrite) {
        throw conflictError(`Secrets Manager secret '${item.name}'`, current === undefined ? 'without a current value' : `with a different value (version ${current.versionId})`);
      }
      const token = clientRequestToken(item.planId, item.fingerprint, 'update');
      await this.#send(
        'secretsmanager:PutSecretValue',
        item.name,
        (c, sdk) => c.send(new sdk.PutSecretValueCommand({ SecretId: item.name, ClientRequestToken: token, SecretString: item.value.reveal() })),
        item.value,
      );
      return 'updated';
    }
  }

  /** True when created; false when the name turned up meanwhile and the next round must read it. */
  async #create(item: StoreItem, round: number): Promise<boolean> {
    const input = {
      Name: item.name,
      ClientRequestToken: clientRequestToken(item.planId, item.fingerprint, 'create'),
      SecretString: item.value.reveal(),
      Tags: awsTags(unleakMarks(item)),
      ...(this.#options.kmsKeyId !== undefined ? { KmsKeyId: this.#options.kmsKeyId } : {}),
      ...(item.description !== undefined ? { Description: item.description.slice(0, 2048) } : {}),
    };
    try {
      await this.#send('secretsmanager:CreateSecret', item.name, (c, sdk) => c.send(new sdk.CreateSecretCommand(input)), item.value);
      return true;
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      if (error.code === 'InvalidRequestException' && /deletion/i.test(error.message)) throw this.#scheduledForDeletion(item.name, undefined);
      if (error.code !== 'ResourceExistsException') throw error;
      if (round >= this.#deps.retry.maxAttempts) throw retriesExhausted(`Secrets Manager secret '${item.name}': secretsmanager:CreateSecret`, error.code, round, 'ambiguous');
      return false;
    }
  }

  /** The value is stored and verified either way; a rotation that could not be set up comes back as a warning. */
  async #enableRotation(item: StoreItem, rotation: RotationSettings, arn: string | undefined): Promise<string | undefined> {
    const identity = await this.#aws.identity.get();
    const event = { op: 'rotate', store: this.kind, name: item.name, ref: arn ?? this.#arn(item.name), fingerprint: item.fingerprint, planId: item.planId, identity } as const;
    const rules = rotation.scheduleExpression !== undefined ? { ScheduleExpression: rotation.scheduleExpression } : { AutomaticallyAfterDays: rotation.automaticallyAfterDays ?? 30 };
    try {
      await this.#send('secretsmanager:RotateSecret', item.name, (c, sdk) =>
        c.send(new sdk.RotateSecretCommand({ SecretId: item.name, RotationLambdaARN: rotation.lambdaArn, RotationRules: rules, RotateImmediately: rotation.rotateImmediately ?? false })),
      );
    } catch (error) {
      const failure = auditFailure(this.#deps.audit, event, error);
      return `rotation was not set up for Secrets Manager secret '${item.name}': ${failure.message}`;
    }
    this.#deps.audit.append({ ...event, result: 'enabled' });
    return undefined;
  }

  async get(ref: string): Promise<SecretValue | undefined> {
    this.#assertName(ref);
    const current = await this.#value(ref);
    return current === undefined ? undefined : new SecretValue(current.value);
  }

  async exists(ref: string): Promise<boolean> {
    this.#assertName(ref);
    return (await this.#state(ref)) !== undefined;
  }

  async describe(ref: string): Promise<StoreDescription | undefined> {
    this.#assertName(ref);
    const state = await this.#state(ref);
    if (state === undefined) return undefined;
    return {
      store: this.kind,
      name: ref,
      reference: ref,
      ...(state.arn !== undefined ? { arn: state.arn } : {}),
      ...(state.currentVersionId !== undefined ? { version: state.currentVersionId } : {}),
      tags: state.tags,
      managedByUnleak: isManaged(state.tags),
      ...(state.deletedDate !== undefined ? { deletionDate: state.deletedDate.toISOString() } : {}),
    };
  }

  async remove(ref: string, options: RemoveOptions = {}): Promise<RemoveOutcome> {
    this.#assertName(ref);
    const identity = await this.#aws.identity.get();
    const event: Omit<AuditEvent, 'result'> = { op: 'remove', store: this.kind, name: ref, ref: this.#arn(ref), identity };
    try {
      const state = await this.#state(ref);
      if (state === undefined || state.deletedDate !== undefined) {
        this.#deps.audit.append({ ...event, result: 'absent' });
        return 'absent';
      }
      Object.assign(event, {
        ...(state.arn !== undefined ? { ref: state.arn } : {}),
        ...(state.currentVersionId !== undefined ? { version: state.currentVersionId } : {}),
        ...(state.tags['unleak:fingerprint'] !== undefined ? { fingerprint: state.tags['unleak:fingerprint'] } : {}),
        ...(state.tags['unleak:plan'] !== undefined ? { planId: state.tags['unleak:plan'] } : {}),
      });
      if (!isManaged(state.tags)) {
        throw new StoreError(
          'NotManaged',
          `Secrets Manager secret '${ref}' was not created by unleak (no managed-by=unleak tag), so unleak will not delete it; delete it yourself with \`aws secretsmanager delete-secret --secret-id ${ref}\` if you mean to`,
        );
      }
      const window = options.force === true ? { ForceDeleteWithoutRecovery: true } : { RecoveryWindowInDays: options.recoveryWindowDays ?? DEFAULT_RECOVERY_WINDOW_DAYS };
      await this.#send('secretsmanager:DeleteSecret', ref, (c, sdk) => c.send(new sdk.DeleteSecretCommand({ SecretId: ref, ...window })));
      this.#deps.audit.append({ ...event, result: 'removed' });
      return 'removed';
    } catch (error) {
      throw auditFailure(this.#deps.audit, event, error);
    }
  }

  async #state(name: string): Promise<SecretState | undefined> {
    try {
      const out = await this.#send('secretsmanager:DescribeSecret', name, (c, sdk) => c.send(new sdk.DescribeSecretCommand({ SecretId: name })));
      const current = Object.entries(out.VersionIdsToStages ?? {}).find(([, stages]) => stages.includes('AWSCURRENT'))?.[0];
      return {
        arn: out.ARN,
        tags: Object.fromEntries((out.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
        deletedDate: out.DeletedDate,
        currentVersionId: current,
      };
    } catch (error) {
      if (error instanceof StoreError && error.code === 'ResourceNotFoundException') return undefined;
      throw error;
    }
  }

  async #value(name: string, value?: SecretValue): Promise<CurrentValue | undefined> {
    try {
      const out = await this.#send('secretsmanager:GetSecretValue', name, (c, sdk) => c.send(new sdk.GetSecretValueCommand({ SecretId: name })), value);
      if (out.SecretString === undefined) {
        if (out.SecretBinary !== undefined) {
          throw new StoreError('BinarySecret', `Secrets Manager secret '${name}' holds a binary value; unleak writes only SecretString; choose another name`);
        }
        return undefined;
      }
      return { value: out.SecretString, versionId: out.VersionId ?? '', arn: out.ARN };
    } catch (error) {
      if (error instanceof StoreError && error.code === 'ResourceNotFoundException') return undefined;
      if (error instanceof StoreError && error.code === 'InvalidRequestException' && /deletion/i.test(error.message)) throw this.#scheduledForDeletion(name, undefined);
      throw error;
    }
  }

  #scheduledForDeletion(name: string, date: Date | undefined): StoreError {
    const when = date !== undefined ? ` (deletion date ${date.toISOString()})` : '';
    return new StoreError(
      'ScheduledForDeletion',
      `Secrets Manager secret '${name}' is scheduled for deletion${when}; restore it with \`aws secretsmanager restore-secret --secret-id ${name}\`, or choose another name`,
    );
  }

  /** Secrets Manager writes carry a ClientRequestToken, so every call here is safe to resend. */
  async #send<T>(action: string, name: string, call: (client: SecretsManagerClient, sdk: SecretsManagerModule) => Promise<T>, value?: SecretValue): Promise<T> {
    const { client, sdk } = await this.#aws.secretsManager();
    const context = { action, subject: `Secrets Manager secret '${name}'`, resourceArn: this.#arn(name), idempotent: true, ...(value ? { value } : {}) };
    return sendAws(() => call(client, sdk), context, this.#deps);
  }

  #arn(name: string): string {
    return `arn:aws:secretsmanager:${this.#aws.resolved.region ?? '*'}:${this.#aws.account}:secret:${name}-??????`;
  }

  /** Throws on problems; returns warnings. */
  #assertName(name: string): string[] {
    const { problems, warnings } = secretsManagerNameCheck(name);
    assertValid('InvalidName', problems);
    return warnings;
  }
}
