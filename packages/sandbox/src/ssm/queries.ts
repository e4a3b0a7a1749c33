import { AwsError, validation } from '../aws/errors.js';
import { decodePageToken, optionalArray, optionalBoolean, optionalInteger, optionalString, paginate, requiredString, type Input } from '../aws/input.js';
import type { ServiceContext } from '../aws/operation.js';
import type { StoredParameter } from '../state.js';
import { parameterArn, validateParameterPath } from './names.js';
import { latestVersion, parameterOutput } from './parameters.js';

const invalidToken = () => new AwsError('InvalidNextToken', 'The specified token is not valid.');

interface ParameterFilter {
  Key: string;
  Option: string;
  Values: string[];
}

function sortedParameters(ctx: ServiceContext): StoredParameter[] {
  return Object.values(ctx.store.state.ssm).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function underPath(name: string, path: string, recursive: boolean): boolean {
  const prefix = path.endsWith('/') ? path : `${path}/`;
  if (!name.startsWith(prefix)) return false;
  return recursive || !name.slice(prefix.length).includes('/');
}

export function getParametersByPath(input: Input, ctx: ServiceContext): unknown {
  const path = requiredString(input, 'Path');
  validateParameterPath(path);
  const recursive = optionalBoolean(input, 'Recursive') ?? false;
  const withDecryption = optionalBoolean(input, 'WithDecryption') ?? false;
  const max = optionalInteger(input, 'MaxResults', 1, 10) ?? 10;
  const filters = readFilters(input, 'ParameterFilters');
  if (filters.some((f) => f.Key === 'Path' || f.Key === 'Name')) {
    throw validation('The following filter key is not valid: Path and Name filters are not supported by GetParametersByPath.');
  }
  const matching = sortedParameters(ctx).filter((p) => underPath(p.name, path, recursive) && matchesFilters(p, filters));
  const { page, nextToken } = paginate(matching, (p) => p.name, decodePageToken(optionalString(input, 'NextToken'), invalidToken), max);
  return {
    Parameters: page.map((p) => parameterOutput(ctx, p, latestVersion(p), withDecryption)),
    ...(nextToken !== undefined ? { NextToken: nextToken } : {}),
  };
}

export function describeParameters(input: Input, ctx: ServiceContext): unknown {
  const max = optionalInteger(input, 'MaxResults', 1, 50) ?? 50;
  const filters = [...readFilters(input, 'ParameterFilters'), ...readFilters(input, 'Filters')];
  const matching = sortedParameters(ctx).filter((p) => matchesFilters(p, filters));
  const { page, nextToken } = paginate(matching, (p) => p.name, decodePageToken(optionalString(input, 'NextToken'), invalidToken), max);
  return {
    Parameters: page.map((p) => {
      const latest = latestVersion(p);
      return {
        Name: p.name,
        ARN: parameterArn(ctx.region, ctx.accountId, p.name),
        Type: latest.type,
        ...(latest.keyId !== undefined ? { KeyId: latest.keyId } : {}),
        LastModifiedDate: latest.modifiedAt,
        LastModifiedUser: `arn:aws:iam::${ctx.accountId}:user/unleak-sandbox`,
        ...(latest.description !== undefined ? { Description: latest.description } : {}),
        ...(latest.allowedPattern !== undefined ? { AllowedPattern: latest.allowedPattern } : {}),
        Version: latest.version,
        Tier: latest.tier,
        Policies: [],
        DataType: latest.dataType,
      };
    }),
    ...(nextToken !== undefined ? { NextToken: nextToken } : {}),
  };
}

const FILTER_KEYS = /^(Name|Type|KeyId|Path|Tier|DataType|Label|tag:.+)$/;

function readFilters(input: Input, field: string): ParameterFilter[] {
  return (optionalArray(input, field, 50) ?? []).map((raw) => {
    const f = raw as Partial<ParameterFilter> | null;
    if (!f || typeof f.Key !== 'string' || !FILTER_KEYS.test(f.Key)) {
      throw validation(`The following filter key is not valid: ${String(f?.Key)}. Valid filter keys include: Name, Type, KeyId, Path, Tier, DataType, Label, tag:<key>.`);
    }
    const values = f.Values ?? [];
    if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) throw validation(`The filter ${f.Key} needs a list of string Values.`);
    const option = typeof f.Option === 'string' ? f.Option : f.Key === 'Path' ? 'OneLevel' : 'Equals';
    const allowed = f.Key === 'Path' ? ['OneLevel', 'Recursive'] : f.Key === 'Name' ? ['Equals', 'BeginsWith', 'Contains'] : ['Equals', 'BeginsWith'];
    if (!allowed.includes(option)) throw validation(`The following filter option is not valid: ${option}. Valid options for ${f.Key} include: ${allowed.join(', ')}.`);
    if (f.Key === 'Path') for (const v of values) validateParameterPath(v);
    return { Key: f.Key, Option: option, Values: values };
  });
}

function matchesFilters(p: StoredParameter, filters: ParameterFilter[]): boolean {
  return filters.every((f) => matchesFilter(p, f));
}

function matchesFilter(p: StoredParameter, f: ParameterFilter): boolean {
  const latest = latestVersion(p);
  const compare = (actual: string | undefined) =>
    actual !== undefined && f.Values.some((v) => (f.Option === 'BeginsWith' ? actual.startsWith(v) : f.Option === 'Contains' ? actual.includes(v) : actual === v));
  if (f.Key === 'Path') return f.Values.some((v) => (v === '/' ? f.Option === 'Recursive' || !p.name.slice(1).includes('/') : underPath(p.name, v, f.Option === 'Recursive')));
  if (f.Key === 'Name') {
    const bare = (n: string) => n.replace(/^\//, '');
    return f.Values.some((v) => (f.Option === 'BeginsWith' ? bare(p.name).startsWith(bare(v)) : f.Option === 'Contains' ? p.name.includes(v) : bare(p.name) === bare(v)));
  }
  if (f.Key === 'Type') return compare(latest.type);
  if (f.Key === 'KeyId') return compare(latest.keyId);
  if (f.Key === 'Tier') return compare(latest.tier);
  if (f.Key === 'DataType') return compare(latest.dataType);
  if (f.Key === 'Label') return p.versions.some((v) => v.labels.some((l) => compare(l)));
  const tagKey = f.Key.slice('tag:'.length);
  const tagValue = p.tags[tagKey];
  return tagValue !== undefined && (f.Values.length === 0 || compare(tagValue));
}
