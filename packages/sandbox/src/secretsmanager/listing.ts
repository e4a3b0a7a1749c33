import { AwsError } from '../aws/errors.js';
import { decodePageToken, optionalArray, optionalBoolean, optionalInteger, optionalString, paginate, requiredString, requiredStringArray, type Input } from '../aws/input.js';
import type { ServiceContext } from '../aws/operation.js';
import type { StoredSecret } from '../state.js';
import { invalidParameter, purgeExpired, requireSecret, versionsToStages } from './secrets.js';
import { MAX_SECRET_TAGS, readSecretTags } from './values.js';

function describe(secret: StoredSecret) {
  return {
    ARN: secret.arn,
    Name: secret.name,
    ...(secret.description !== undefined ? { Description: secret.description } : {}),
    ...(secret.kmsKeyId !== undefined ? { KmsKeyId: secret.kmsKeyId } : {}),
    ...(secret.rotation
      ? {
          RotationEnabled: secret.rotation.enabled,
          RotationLambdaARN: secret.rotation.lambdaArn,
          ...(secret.rotation.rules ? { RotationRules: secret.rotation.rules } : {}),
          ...(secret.rotation.lastRotatedAt !== undefined ? { LastRotatedDate: secret.rotation.lastRotatedAt } : {}),
        }
      : {}),
    LastChangedDate: secret.lastChangedAt,
    ...(secret.deletionDate !== undefined ? { DeletedDate: secret.deletedAt ?? secret.lastChangedAt } : {}),
    ...(secret.tags.length > 0 ? { Tags: secret.tags.map((t) => ({ ...t })) } : {}),
    CreatedDate: secret.createdAt,
  };
}

export function describeSecret(input: Input, ctx: ServiceContext): unknown {
  const secret = requireSecret(ctx, requiredString(input, 'SecretId'));
  return { ...describe(secret), VersionIdsToStages: versionsToStages(secret) };
}

const FILTER_KEYS = ['description', 'name', 'tag-key', 'tag-value', 'primary-region', 'owning-service', 'all'];

interface SecretFilter {
  key: string;
  values: string[];
}

function readFilters(input: Input): SecretFilter[] {
  return (optionalArray(input, 'Filters', 10) ?? []).map((raw) => {
    const f = raw as { Key?: unknown; Values?: unknown } | null;
    if (!f || typeof f.Key !== 'string' || !FILTER_KEYS.includes(f.Key)) {
      throw invalidParameter(`Invalid filter key ${String(f?.Key)}; use one of ${FILTER_KEYS.join(', ')}.`);
    }
    if (!Array.isArray(f.Values) || !f.Values.every((v) => typeof v === 'string')) throw invalidParameter(`Filter ${f.Key} needs a list of string Values.`);
    return { key: f.Key, values: f.Values as string[] };
  });
}

/** AWS filters match by prefix, case-sensitively; a leading `!` negates. */
function matches(secret: StoredSecret, filter: SecretFilter): boolean {
  const candidates = (key: string): string[] => {
    if (key === 'name') return [secret.name];
    if (key === 'description') return [secret.description ?? ''];
    if (key === 'tag-key') return secret.tags.map((t) => t.Key);
    if (key === 'tag-value') return secret.tags.map((t) => t.Value);
    if (key === 'all') return [secret.name, secret.description ?? '', ...secret.tags.flatMap((t) => [t.Key, t.Value])];
    return [];
  };
  return filter.values.some((value) => {
    const negate = value.startsWith('!');
    const prefix = negate ? value.slice(1) : value;
    const hit = candidates(filter.key).some((c) => c.startsWith(prefix));
    return negate ? !hit : hit;
  });
}

export function listSecrets(input: Input, ctx: ServiceContext): unknown {
  purgeExpired(ctx);
  const includeDeleted = optionalBoolean(input, 'IncludePlannedDeletion') ?? false;
  const max = optionalInteger(input, 'MaxResults', 1, 100) ?? 100;
  const filters = readFilters(input);
  const order = optionalString(input, 'SortOrder') ?? 'asc';
  if (order !== 'asc' && order !== 'desc') throw invalidParameter(`SortOrder '${order}' must be asc or desc.`);
  const all = Object.values(ctx.store.state.secretsManager)
    .filter((s) => (includeDeleted || s.deletionDate === undefined) && filters.every((f) => matches(s, f)))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const ordered = order === 'desc' ? all.reverse() : all;
  const keyed = ordered.map((secret, index) => ({ secret, key: String(index).padStart(9, '0') }));
  const after = decodePageToken(optionalString(input, 'NextToken'), () => new AwsError('InvalidNextTokenException', 'The NextToken value is not valid.'));
  const { page, nextToken } = paginate(keyed, (k) => k.key, after, max);
  return {
    SecretList: page.map(({ secret }) => ({ ...describe(secret), SecretVersionsToStages: versionsToStages(secret) })),
    ...(nextToken !== undefined ? { NextToken: nextToken } : {}),
  };
}

export function listSecretVersionIds(input: Input, ctx: ServiceContext): unknown {
  const secret = requireSecret(ctx, requiredString(input, 'SecretId'));
  return {
    ARN: secret.arn,
    Name: secret.name,
    Versions: secret.versions.map((v) => ({ VersionId: v.id, VersionStages: [...v.stages], CreatedDate: v.createdAt })),
  };
}

export function tagResource(input: Input, ctx: ServiceContext): unknown {
  const secret = requireSecret(ctx, requiredString(input, 'SecretId'));
  const tags = readSecretTags(input) ?? [];
  const merged = [...secret.tags];
  for (const tag of tags) {
    const at = merged.findIndex((t) => t.Key === tag.Key);
    if (at >= 0) merged[at] = tag;
    else merged.push(tag);
  }
  if (merged.length > MAX_SECRET_TAGS) throw invalidParameter(`A secret can have at most ${MAX_SECRET_TAGS} tags.`);
  secret.tags = merged;
  return {};
}

export function untagResource(input: Input, ctx: ServiceContext): unknown {
  const secret = requireSecret(ctx, requiredString(input, 'SecretId'));
  const keys = new Set(requiredStringArray(input, 'TagKeys', 50));
  secret.tags = secret.tags.filter((t) => !keys.has(t.Key));
  return {};
}
