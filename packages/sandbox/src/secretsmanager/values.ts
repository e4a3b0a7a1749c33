import { AwsError } from '../aws/errors.js';
import { optionalArray, optionalString, optionalTags, requiredString, type Input, type Tag } from '../aws/input.js';
import type { ServiceContext } from '../aws/operation.js';
import type { StoredSecret, StoredSecretVersion } from '../state.js';
import {
  CURRENT,
  addVersion,
  findSecret,
  invalidParameter,
  invalidRequest,
  readSecretValue,
  readToken,
  requireLiveSecret,
  sameValue,
  secretArn,
  validateSecretName,
} from './secrets.js';

export const MAX_SECRET_TAGS = 50;
const tooManyTags = () => invalidParameter(`A secret can have at most ${MAX_SECRET_TAGS} tags.`);

export function readSecretTags(input: Input): Tag[] | undefined {
  const tags = optionalTags(input, 'Tags', MAX_SECRET_TAGS, tooManyTags);
  for (const tag of tags ?? []) {
    if (tag.Key.toLowerCase().startsWith('aws:')) throw invalidParameter(`Tag key '${tag.Key}' uses the reserved prefix 'aws:'; choose another key.`);
  }
  return tags;
}

export function createSecret(input: Input, ctx: ServiceContext): unknown {
  const name = requiredString(input, 'Name');
  validateSecretName(name);
  const token = readToken(input);
  const value = readSecretValue(input);
  const tags = readSecretTags(input);
  const description = optionalString(input, 'Description');
  const kmsKeyId = optionalString(input, 'KmsKeyId');

  const existing = findSecret(ctx, name);
  if (existing) {
    if (existing.deletionDate !== undefined) {
      throw invalidRequest("You can't create this secret because a secret with this name is already scheduled for deletion.");
    }
    const retried = token !== undefined ? existing.versions.find((v) => v.id === token) : undefined;
    if (retried && value && sameValue(ctx, retried, value)) return { ARN: existing.arn, Name: existing.name, VersionId: retried.id };
    throw new AwsError('ResourceExistsException', `The operation failed because the secret ${name} already exists.`);
  }

  const now = ctx.now();
  const secret: StoredSecret = {
    name,
    arn: secretArn(ctx, name),
    createdAt: now,
    lastChangedAt: now,
    tags: tags ?? [],
    versions: [],
    ...(description !== undefined ? { description } : {}),
    ...(kmsKeyId !== undefined ? { kmsKeyId } : {}),
  };
  let version: StoredSecretVersion | undefined;
  if (value) version = addVersion(ctx, secret, value, token, [CURRENT]).version;
  ctx.store.state.secretsManager[name] = secret;
  return { ARN: secret.arn, Name: secret.name, ...(version ? { VersionId: version.id } : {}) };
}

export function putSecretValue(input: Input, ctx: ServiceContext): unknown {
  const secret = requireLiveSecret(ctx, requiredString(input, 'SecretId'));
  const token = readToken(input);
  const value = readSecretValue(input);
  if (!value) throw invalidParameter('You must provide either SecretString or SecretBinary.');
  const stages = readStages(input) ?? [CURRENT];
  const { version } = addVersion(ctx, secret, value, token, stages);
  return { ARN: secret.arn, Name: secret.name, VersionId: version.id, VersionStages: [...version.stages] };
}

function readStages(input: Input): string[] | undefined {
  const stages = optionalArray(input, 'VersionStages', 20, 1);
  if (stages && !stages.every((s): s is string => typeof s === 'string' && s.length >= 1 && s.length <= 256)) {
    throw invalidParameter('VersionStages must be a list of 1-256 character labels.');
  }
  return stages;
}

export function getSecretValue(input: Input, ctx: ServiceContext): unknown {
  const secret = requireLiveSecret(ctx, requiredString(input, 'SecretId'));
  const versionId = optionalString(input, 'VersionId');
  const stage = optionalString(input, 'VersionStage') ?? (versionId === undefined ? CURRENT : undefined);
  const version = secret.versions.find((v) => (versionId === undefined || v.id === versionId) && (stage === undefined || v.stages.includes(stage)));
  if (!version) {
    throw new AwsError(
      'ResourceNotFoundException',
      versionId !== undefined
        ? `Secrets Manager can't find the specified secret value for VersionId: ${versionId}`
        : `Secrets Manager can't find the specified secret value for staging label: ${stage ?? CURRENT}`,
    );
  }
  const wire = ctx.store.sealer.open(version.value);
  return {
    ARN: secret.arn,
    Name: secret.name,
    VersionId: version.id,
    ...(version.kind === 'string' ? { SecretString: wire } : { SecretBinary: wire }),
    VersionStages: [...version.stages],
    CreatedDate: version.createdAt,
  };
}

export function updateSecret(input: Input, ctx: ServiceContext): unknown {
  const secret = requireLiveSecret(ctx, requiredString(input, 'SecretId'));
  const token = readToken(input);
  const value = readSecretValue(input);
  const description = optionalString(input, 'Description');
  const kmsKeyId = optionalString(input, 'KmsKeyId');
  if (description !== undefined) secret.description = description;
  if (kmsKeyId !== undefined) secret.kmsKeyId = kmsKeyId;
  secret.lastChangedAt = ctx.now();
  const version = value ? addVersion(ctx, secret, value, token, [CURRENT]).version : undefined;
  return { ARN: secret.arn, Name: secret.name, ...(version ? { VersionId: version.id } : {}) };
}
