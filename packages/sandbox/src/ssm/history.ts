import { AwsError } from '../aws/errors.js';
import { decodePageToken, optionalBoolean, optionalInteger, optionalString, paginate, requiredString, requiredStringArray, type Input } from '../aws/input.js';
import type { ServiceContext } from '../aws/operation.js';
import { latestVersion, wireValue } from './parameters.js';

const LABEL = /^[a-zA-Z][a-zA-Z0-9_.-]{0,99}$/;
const MAX_LABELS_PER_VERSION = 10;

function requireParameter(ctx: ServiceContext, name: string) {
  const parameter = ctx.store.state.ssm[name];
  if (!parameter) throw new AwsError('ParameterNotFound', `Parameter ${name} not found.`);
  return parameter;
}

export function getParameterHistory(input: Input, ctx: ServiceContext): unknown {
  const parameter = requireParameter(ctx, requiredString(input, 'Name'));
  const withDecryption = optionalBoolean(input, 'WithDecryption') ?? false;
  const max = optionalInteger(input, 'MaxResults', 1, 50) ?? 50;
  const keyed = parameter.versions.map((v) => ({ v, key: String(v.version).padStart(6, '0') }));
  const after = decodePageToken(optionalString(input, 'NextToken'), () => new AwsError('InvalidNextToken', 'The specified token is not valid.'));
  const { page, nextToken } = paginate(keyed, (k) => k.key, after, max);
  return {
    Parameters: page.map(({ v }) => ({
      Name: parameter.name,
      Type: v.type,
      ...(v.keyId !== undefined ? { KeyId: v.keyId } : {}),
      LastModifiedDate: v.modifiedAt,
      LastModifiedUser: `arn:aws:iam::${ctx.accountId}:user/unleak-sandbox`,
      ...(v.description !== undefined ? { Description: v.description } : {}),
      Value: wireValue(ctx, v, withDecryption),
      ...(v.allowedPattern !== undefined ? { AllowedPattern: v.allowedPattern } : {}),
      Version: v.version,
      Labels: [...v.labels],
      Tier: v.tier,
      Policies: [],
      DataType: v.dataType,
    })),
    ...(nextToken !== undefined ? { NextToken: nextToken } : {}),
  };
}

/** Labels move: attaching one to a version takes it off whichever version had it. */
export function labelParameterVersion(input: Input, ctx: ServiceContext): unknown {
  const parameter = requireParameter(ctx, requiredString(input, 'Name'));
  const labels = requiredStringArray(input, 'Labels', 10);
  const number = optionalInteger(input, 'ParameterVersion', 1, Number.MAX_SAFE_INTEGER) ?? latestVersion(parameter).version;
  const target = parameter.versions.find((v) => v.version === number);
  if (!target) throw new AwsError('ParameterVersionNotFound', `Systems Manager could not find version ${number} of ${parameter.name}. Verify the version and try again.`);
  const invalid = labels.filter((l) => !LABEL.test(l) || /^(aws|ssm)/i.test(l));
  const valid = labels.filter((l) => !invalid.includes(l));
  if (new Set([...target.labels, ...valid]).size > MAX_LABELS_PER_VERSION) {
    throw new AwsError('ParameterVersionLabelLimitExceeded', `A parameter version can have at most ${MAX_LABELS_PER_VERSION} labels.`);
  }
  for (const label of valid) {
    for (const v of parameter.versions) v.labels = v.labels.filter((l) => l !== label);
    target.labels.push(label);
  }
  return { InvalidLabels: invalid, ParameterVersion: number };
}
