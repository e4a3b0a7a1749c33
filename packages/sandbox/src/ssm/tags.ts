import { AwsError, validation } from '../aws/errors.js';
import { optionalTags, requiredString, requiredStringArray, type Input } from '../aws/input.js';
import type { ServiceContext } from '../aws/operation.js';
import type { StoredParameter } from '../state.js';
import { MAX_PARAMETER_TAGS, tooManyTags } from './parameters.js';

function taggedParameter(input: Input, ctx: ServiceContext): StoredParameter {
  const type = requiredString(input, 'ResourceType');
  if (type !== 'Parameter') throw new AwsError('InvalidResourceType', `The resource type ${type} is not supported by the sandbox; use Parameter.`);
  const id = requiredString(input, 'ResourceId');
  const parameter = ctx.store.state.ssm[id];
  if (!parameter) throw new AwsError('InvalidResourceId', `The resource ID ${id} is not valid. Verify the ID and try again.`);
  return parameter;
}

export function addTagsToResource(input: Input, ctx: ServiceContext): unknown {
  const parameter = taggedParameter(input, ctx);
  const tags = optionalTags(input, 'Tags', MAX_PARAMETER_TAGS, tooManyTags);
  if (!tags || tags.length === 0) throw validation("1 validation error detected: Value at 'tags' failed to satisfy constraint: Member must not be null");
  const merged = { ...parameter.tags };
  for (const tag of tags) merged[tag.Key] = tag.Value;
  if (Object.keys(merged).length > MAX_PARAMETER_TAGS) throw tooManyTags();
  parameter.tags = merged;
  return {};
}

export function removeTagsFromResource(input: Input, ctx: ServiceContext): unknown {
  const parameter = taggedParameter(input, ctx);
  for (const key of requiredStringArray(input, 'TagKeys', 50)) delete parameter.tags[key];
  return {};
}

export function listTagsForResource(input: Input, ctx: ServiceContext): unknown {
  const parameter = taggedParameter(input, ctx);
  return { TagList: Object.entries(parameter.tags).map(([Key, Value]) => ({ Key, Value })) };
}
