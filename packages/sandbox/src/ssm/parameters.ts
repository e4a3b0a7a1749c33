import { AwsError, validation } from '../aws/errors.js';
import { optionalBoolean, optionalString, optionalTags, requiredString, requiredStringArray, type Input } from '../aws/input.js';
import type { ServiceContext } from '../aws/operation.js';
import type { ParameterTier, ParameterType, StoredParameter, StoredParameterVersion } from '../state.js';
import { parameterArn, splitSelector, validateParameterName } from './names.js';

const TYPES: readonly ParameterType[] = ['String', 'StringList', 'SecureString'];
const TIERS = ['Standard', 'Advanced', 'Intelligent-Tiering'] as const;
const STANDARD_MAX_BYTES = 4096;
const ADVANCED_MAX_BYTES = 8192;
const MAX_VERSIONS = 100;
const KEY_ID = /^(alias\/[a-zA-Z0-9/_-]{1,250}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}|arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key\/[0-9a-zA-Z-]{1,64}|alias\/[a-zA-Z0-9/_-]{1,250}))$/;
const MAX_STANDARD_PARAMETERS = 10_000;
export const MAX_PARAMETER_TAGS = 50;

export const tooManyTags = () => new AwsError('TooManyTagsError', `A parameter can have at most ${MAX_PARAMETER_TAGS} tags.`);
const notFound = (name: string) => new AwsError('ParameterNotFound', `Parameter ${name} not found.`);

export function putParameter(input: Input, ctx: ServiceContext): unknown {
  const name = requiredString(input, 'Name');
  validateParameterName(name);
  const value = requiredString(input, 'Value');
  if (value.length === 0) throw validation("1 validation error detected: Value at 'value' failed to satisfy constraint: Member must have length greater than or equal to 1");
  const requestedType = optionalString(input, 'Type');
  if (requestedType !== undefined && !TYPES.includes(requestedType as ParameterType)) {
    throw validation(`1 validation error detected: Value '${requestedType}' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [${TYPES.join(', ')}]`);
  }
  const overwrite = optionalBoolean(input, 'Overwrite') ?? false;
  const tags = optionalTags(input, 'Tags', MAX_PARAMETER_TAGS, tooManyTags);
  const description = optionalString(input, 'Description');
  if (description !== undefined && description.length > 1024) throw validation("1 validation error detected: Value at 'description' failed to satisfy constraint: Member must have length less than or equal to 1024");
  const allowedPattern = optionalString(input, 'AllowedPattern');
  const keyId = optionalString(input, 'KeyId');
  const dataType = optionalString(input, 'DataType') ?? 'text';
  if (!['text', 'aws:ec2:image', 'aws:ssm:integration'].includes(dataType)) throw validation(`The following data type is not supported: ${dataType} (Data type names are all lowercase.)`);
  const requestedTier = optionalString(input, 'Tier');
  if (requestedTier !== undefined && !(TIERS as readonly string[]).includes(requestedTier)) {
    throw validation(`1 validation error detected: Value '${requestedTier}' at 'tier' failed to satisfy constraint: Member must satisfy enum value set: [${TIERS.join(', ')}]`);
  }

  const existing = ctx.store.state.ssm[name];
  const latest = existing?.versions[existing.versions.length - 1];
  if (tags !== undefined && overwrite) {
    throw validation('Invalid request: tags and overwrite can\'t be used together. To create a parameter with tags, please remove overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource.');
  }
  if (latest && !overwrite) {
    throw new AwsError('ParameterAlreadyExists', 'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.');
  }
  const type = (requestedType as ParameterType | undefined) ?? latest?.type;
  if (type === undefined) throw validation('A parameter type is required when you create a parameter.');
  if (keyId !== undefined && type !== 'SecureString') throw validation('KeyId is required for SecureString type parameter only.');
  if (keyId !== undefined && !KEY_ID.test(keyId)) throw new AwsError('InvalidKeyId', `The KMS key '${keyId}' is not a key id, alias/<name> or key/alias ARN.`);

  const bytes = Buffer.byteLength(value, 'utf8');
  const tier = chooseTier(requestedTier, bytes, latest?.tier);
  if (bytes > (tier === 'Advanced' ? ADVANCED_MAX_BYTES : STANDARD_MAX_BYTES)) {
    throw validation(tier === 'Advanced'
      ? `Advanced tier parameters support a maximum parameter value of ${ADVANCED_MAX_BYTES} characters.`
      : `Standard tier parameters support a maximum parameter value of ${STANDARD_MAX_BYTES} characters. To create a larger parameter value, upgrade the parameter to use the advanced-parameter tier.`);
  }
  if (allowedPattern !== undefined && !matchesAllowedPattern(allowedPattern, value)) {
    throw new AwsError('ParameterPatternMismatchException', `Parameter value, cannot be validated against allowedPattern: ${allowedPattern}`);
  }
  if (!existing && tier === 'Standard' && countStandard(ctx) >= MAX_STANDARD_PARAMETERS) {
    throw new AwsError('ParameterLimitExceeded', `You have exceeded the number of standard parameters (${MAX_STANDARD_PARAMETERS}) for this account and Region. Delete parameters or use the advanced-parameter tier.`);
  }

  const version: StoredParameterVersion = {
    version: (latest?.version ?? 0) + 1,
    type,
    value: ctx.store.sealer.seal(value),
    secure: type === 'SecureString',
    tier,
    dataType,
    labels: [],
    modifiedAt: ctx.now(),
    ...(description !== undefined ? { description } : latest?.description !== undefined ? { description: latest.description } : {}),
    ...(allowedPattern !== undefined ? { allowedPattern } : {}),
    ...(type === 'SecureString' ? { keyId: keyId ?? latest?.keyId ?? 'alias/aws/ssm' } : {}),
  };
  const parameter: StoredParameter = existing ?? { name, versions: [], tags: {} };
  parameter.versions.push(version);
  if (parameter.versions.length > MAX_VERSIONS) parameter.versions.shift();
  for (const tag of tags ?? []) parameter.tags[tag.Key] = tag.Value;
  ctx.store.state.ssm[name] = parameter;
  return { Version: version.version, Tier: tier };
}

function chooseTier(requested: string | undefined, bytes: number, current: ParameterTier | undefined): ParameterTier {
  if (requested === 'Advanced') return 'Advanced';
  if (requested === 'Intelligent-Tiering') return bytes > STANDARD_MAX_BYTES || current === 'Advanced' ? 'Advanced' : 'Standard';
  if (requested === 'Standard' && current === 'Advanced') {
    throw validation("This parameter uses the advanced-parameter tier. You can't downgrade a parameter from the advanced-parameter tier to the standard-parameter tier. If necessary, you can delete the advanced parameter and recreate it as a standard parameter.");
  }
  return current ?? 'Standard';
}

function matchesAllowedPattern(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern).test(value);
  } catch {
    throw new AwsError('InvalidAllowedPatternException', `The allowed pattern ${pattern} is not a valid regular expression.`);
  }
}

function countStandard(ctx: ServiceContext): number {
  return Object.values(ctx.store.state.ssm).filter((p) => p.versions[p.versions.length - 1]?.tier === 'Standard').length;
}

/** What GetParameter* return as Value: SecureString stays ciphertext unless decryption is asked for. */
export function wireValue(ctx: ServiceContext, version: StoredParameterVersion, withDecryption: boolean): string {
  return version.secure && !withDecryption ? version.value : ctx.store.sealer.open(version.value);
}

/** The wire form of one parameter version. */
export function parameterOutput(ctx: ServiceContext, parameter: StoredParameter, version: StoredParameterVersion, withDecryption: boolean, selector?: string) {
  return {
    Name: parameter.name,
    Type: version.type,
    Value: wireValue(ctx, version, withDecryption),
    Version: version.version,
    ...(selector !== undefined ? { Selector: `:${selector}` } : {}),
    LastModifiedDate: version.modifiedAt,
    ARN: parameterArn(ctx.region, ctx.accountId, parameter.name),
    DataType: version.dataType,
  };
}

export function latestVersion(parameter: StoredParameter): StoredParameterVersion {
  const latest = parameter.versions[parameter.versions.length - 1];
  if (!latest) throw new AwsError('InternalServerError', 'parameter has no versions', 500);
  return latest;
}

function findParameter(ctx: ServiceContext, nameWithSelector: string): { parameter: StoredParameter; version: StoredParameterVersion; selector?: string } {
  const { name: nameOrArn, selector } = splitSelector(nameWithSelector);
  const name = nameFromArn(ctx, nameOrArn);
  const parameter = ctx.store.state.ssm[name];
  if (!parameter) throw notFound(nameWithSelector);
  if (selector === undefined) return { parameter, version: latestVersion(parameter) };
  const version = /^\d+$/.test(selector)
    ? parameter.versions.find((v) => v.version === Number(selector))
    : parameter.versions.find((v) => v.labels.includes(selector));
  if (!version) throw new AwsError('ParameterVersionNotFound', `Systems Manager could not find version ${selector} of ${name}. Verify the version and try again.`);
  return { parameter, version, selector };
}

/** GetParameter(s) also take the parameter ARN; it drops the name's leading slash, so try both forms. */
function nameFromArn(ctx: ServiceContext, nameOrArn: string): string {
  const prefix = `arn:aws:ssm:${ctx.region}:${ctx.accountId}:parameter/`;
  if (!nameOrArn.startsWith(prefix)) return nameOrArn;
  const bare = nameOrArn.slice(prefix.length);
  return ctx.store.state.ssm[`/${bare}`] ? `/${bare}` : bare;
}

export function getParameter(input: Input, ctx: ServiceContext): unknown {
  const found = findParameter(ctx, requiredString(input, 'Name'));
  return { Parameter: parameterOutput(ctx, found.parameter, found.version, optionalBoolean(input, 'WithDecryption') ?? false, found.selector) };
}

export function getParameters(input: Input, ctx: ServiceContext): unknown {
  const names = requiredStringArray(input, 'Names', 10);
  const withDecryption = optionalBoolean(input, 'WithDecryption') ?? false;
  const parameters: unknown[] = [];
  const invalid: string[] = [];
  for (const name of new Set(names)) {
    try {
      const found = findParameter(ctx, name);
      parameters.push(parameterOutput(ctx, found.parameter, found.version, withDecryption, found.selector));
    } catch (e) {
      if (!(e instanceof AwsError) || (e.type !== 'ParameterNotFound' && e.type !== 'ParameterVersionNotFound')) throw e;
      invalid.push(name);
    }
  }
  return { Parameters: parameters, InvalidParameters: invalid };
}

export function deleteParameter(input: Input, ctx: ServiceContext): unknown {
  const name = requiredString(input, 'Name');
  if (!ctx.store.state.ssm[name]) throw notFound(name);
  delete ctx.store.state.ssm[name];
  return {};
}

export function deleteParameters(input: Input, ctx: ServiceContext): unknown {
  const names = requiredStringArray(input, 'Names', 10);
  const deleted: string[] = [];
  const invalid: string[] = [];
  for (const name of names) {
    if (ctx.store.state.ssm[name]) {
      delete ctx.store.state.ssm[name];
      deleted.push(name);
    } else {
      invalid.push(name);
    }
  }
  return { DeletedParameters: deleted, InvalidParameters: invalid };
}
