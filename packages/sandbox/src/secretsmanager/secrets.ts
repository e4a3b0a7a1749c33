import { randomBytes, randomUUID } from 'node:crypto';
import { AwsError } from '../aws/errors.js';
import { optionalString, type Input } from '../aws/input.js';
import type { ServiceContext } from '../aws/operation.js';
import type { StoredSecret, StoredSecretVersion } from '../state.js';

export const CURRENT = 'AWSCURRENT';
export const PREVIOUS = 'AWSPREVIOUS';
export const PENDING = 'AWSPENDING';
const NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
const MAX_VALUE_BYTES = 65_536;

export const invalidParameter = (message: string) => new AwsError('InvalidParameterException', message);
export const invalidRequest = (message: string) => new AwsError('InvalidRequestException', message);
export const notFound = () => new AwsError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");

export function validateSecretName(name: string): void {
  if (!NAME.test(name)) {
    throw invalidParameter('Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@! (1-512 characters)');
  }
}

export function secretArn(ctx: ServiceContext, name: string): string {
  const suffixChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const suffix = Array.from(randomBytes(6), (b) => suffixChars[b % suffixChars.length]).join('');
  return `arn:aws:secretsmanager:${ctx.region}:${ctx.accountId}:secret:${name}-${suffix}`;
}

/** Purges secrets whose recovery window has passed, as AWS does in the background. */
export function purgeExpired(ctx: ServiceContext): void {
  const now = ctx.now();
  for (const [name, secret] of Object.entries(ctx.store.state.secretsManager)) {
    if (secret.deletionDate !== undefined && secret.deletionDate <= now) delete ctx.store.state.secretsManager[name];
  }
}

/** `SecretId` may be the name, the full ARN, or the ARN without its 6-character suffix. */
export function findSecret(ctx: ServiceContext, secretId: string): StoredSecret | undefined {
  purgeExpired(ctx);
  const secrets = ctx.store.state.secretsManager;
  const byName = secrets[secretId];
  if (byName) return byName;
  if (!secretId.startsWith('arn:')) return undefined;
  return Object.values(secrets).find((s) => s.arn === secretId || s.arn.slice(0, -7) === secretId);
}

export function requireSecret(ctx: ServiceContext, secretId: string): StoredSecret {
  const secret = findSecret(ctx, secretId);
  if (!secret) throw notFound();
  return secret;
}

export function requireLiveSecret(ctx: ServiceContext, secretId: string): StoredSecret {
  const secret = requireSecret(ctx, secretId);
  if (secret.deletionDate !== undefined) {
    throw invalidRequest("You can't perform this operation on the secret because it was marked for deletion.");
  }
  return secret;
}

export interface SecretValueInput {
  kind: 'string' | 'binary';
  /** The value as it travels on the wire: the string itself, or base64 for binary. */
  wire: string;
}

export function readSecretValue(input: Input): SecretValueInput | undefined {
  const text = optionalString(input, 'SecretString');
  const binary = optionalString(input, 'SecretBinary');
  if (text !== undefined && binary !== undefined) {
    throw invalidParameter("You can't specify both a binary secret value and a string secret value in the same secret.");
  }
  const value: SecretValueInput | undefined = text !== undefined ? { kind: 'string', wire: text } : binary !== undefined ? { kind: 'binary', wire: binary } : undefined;
  if (value) {
    const bytes = value.kind === 'string' ? Buffer.byteLength(value.wire, 'utf8') : Buffer.from(value.wire, 'base64').length;
    if (bytes > MAX_VALUE_BYTES) throw new AwsError('ValidationException', `1 validation error detected: Value at '${value.kind === 'string' ? 'secretString' : 'secretBinary'}' failed to satisfy constraint: Member must have length less than or equal to ${MAX_VALUE_BYTES}`);
  }
  return value;
}

export function readToken(input: Input): string | undefined {
  const token = optionalString(input, 'ClientRequestToken');
  if (token !== undefined && (token.length < 32 || token.length > 64)) {
    throw new AwsError('ValidationException', "1 validation error detected: Value at 'clientRequestToken' failed to satisfy constraint: Member must have length between 32 and 64");
  }
  return token;
}

export function sameValue(ctx: ServiceContext, version: StoredSecretVersion, value: SecretValueInput): boolean {
  return version.kind === value.kind && ctx.store.sealer.open(version.value) === value.wire;
}

/**
 * Adds a version, or returns the existing one when the token was used before with the same value
 * (idempotent retry); the same token with another value is ResourceExistsException, as in AWS.
 */
export function addVersion(ctx: ServiceContext, secret: StoredSecret, value: SecretValueInput, token: string | undefined, stages: string[]): { version: StoredSecretVersion; created: boolean } {
  const id = token ?? randomUUID();
  const existing = secret.versions.find((v) => v.id === id);
  if (existing) {
    if (!sameValue(ctx, existing, value)) {
      throw new AwsError('ResourceExistsException', "You can't modify an existing version, you can only create a new version.");
    }
    return { version: existing, created: false };
  }
  const version: StoredSecretVersion = { id, kind: value.kind, value: ctx.store.sealer.seal(value.wire), stages: [], createdAt: ctx.now() };
  secret.versions.push(version);
  for (const stage of stages) moveStage(secret, stage, version);
  secret.lastChangedAt = ctx.now();
  pruneVersions(secret);
  return { version, created: true };
}

/** Puts `stage` on `target` (taking it off any other version); moving AWSCURRENT demotes the old current to AWSPREVIOUS. */
export function moveStage(secret: StoredSecret, stage: string, target: StoredSecretVersion): void {
  const holder = secret.versions.find((v) => v.stages.includes(stage));
  if (holder === target) return;
  if (holder) holder.stages = holder.stages.filter((s) => s !== stage);
  if (stage === CURRENT && holder) {
    for (const v of secret.versions) v.stages = v.stages.filter((s) => s !== PREVIOUS);
    holder.stages.push(PREVIOUS);
  }
  if (stage === CURRENT) target.stages = target.stages.filter((s) => s !== PENDING && s !== PREVIOUS);
  target.stages.push(stage);
}

/** AWS keeps at most 100 versions; unlabelled ones go first. */
function pruneVersions(secret: StoredSecret): void {
  while (secret.versions.length > 100) {
    const index = secret.versions.findIndex((v) => v.stages.length === 0);
    if (index < 0) return;
    secret.versions.splice(index, 1);
  }
}

export function versionsToStages(secret: StoredSecret): Record<string, string[]> {
  return Object.fromEntries(secret.versions.filter((v) => v.stages.length > 0).map((v) => [v.id, [...v.stages]]));
}
