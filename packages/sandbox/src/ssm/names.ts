import { AwsError, validation } from '../aws/errors.js';

const NAME_CHARS = /^[a-zA-Z0-9_.\-/]+$/;
const MAX_NAME_LENGTH = 2048;
const MAX_LEVELS = 15;

/** AWS's rules for parameter names, checked before anything is stored. */
export function validateParameterName(name: string): void {
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) {
    throw validation(`Parameter name '${shorten(name)}' must be 1-${MAX_NAME_LENGTH} characters long.`);
  }
  if (!NAME_CHARS.test(name)) {
    throw validation(`Parameter name '${shorten(name)}' is invalid: names allow only a-zA-Z0-9_.-/ characters.`);
  }
  if (name.includes('/') && !name.startsWith('/')) {
    throw validation('Parameter name must be a fully qualified name.');
  }
  if (name.includes('//') || (name.length > 1 && name.endsWith('/'))) {
    throw validation(`Parameter name '${shorten(name)}' is invalid: hierarchy levels must not be empty.`);
  }
  const firstLevel = name.replace(/^\//, '').split('/')[0]?.toLowerCase() ?? '';
  if (firstLevel.startsWith('aws') || firstLevel.startsWith('ssm')) {
    throw validation('Parameter name: can\'t be prefixed with "aws" or "ssm" (case-insensitive).');
  }
  if (levelsOf(name) > MAX_LEVELS) {
    throw new AwsError('HierarchyLevelLimitExceededException', `A hierarchy can have a maximum of ${MAX_LEVELS} levels.`);
  }
}

export function validateParameterPath(path: string): void {
  if (!path.startsWith('/') || !NAME_CHARS.test(path) || path.includes('//')) {
    throw validation(`The parameter path '${shorten(path)}' is not valid: a path starts with '/' and allows only a-zA-Z0-9_.-/ characters.`);
  }
  if (levelsOf(path) > MAX_LEVELS) {
    throw new AwsError('HierarchyLevelLimitExceededException', `A hierarchy can have a maximum of ${MAX_LEVELS} levels.`);
  }
}

function levelsOf(name: string): number {
  return name.split('/').filter(Boolean).length;
}

/** `name:3` selects a version, `name:label` a label; in an ARN the colons before `parameter/` are not selectors. */
export function splitSelector(nameWithSelector: string): { name: string; selector?: string } {
  const at = nameWithSelector.lastIndexOf(':');
  if (at <= 0 || nameWithSelector.slice(at + 1).includes('/')) return { name: nameWithSelector };
  return { name: nameWithSelector.slice(0, at), selector: nameWithSelector.slice(at + 1) };
}

export function parameterArn(region: string, accountId: string, name: string): string {
  return `arn:aws:ssm:${region}:${accountId}:parameter/${name.replace(/^\//, '')}`;
}

function shorten(name: string): string {
  return name.length > 80 ? `${name.slice(0, 77)}...` : name;
}
