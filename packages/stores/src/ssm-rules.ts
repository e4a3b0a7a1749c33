import { describeChar } from './describe-char.js';

/**
 * Parameter Store limits (AWS model `ssm-2014-11-06` and the PutParameter reference), checked before any
 * call so a bad plan fails in one line instead of half-way through an apply.
 */
export const SSM_LIMITS = {
  maxDepth: 15,
  /** The usable name length counts the ARN prefix `arn:aws:ssm:<region>:<account>:parameter/`. */
  maxArnLength: 1011,
  standardMaxBytes: 4096,
  advancedMaxBytes: 8192,
} as const;

const NAME_CHARS = /^[a-zA-Z0-9_.\-/]+$/;
const FIRST_BAD_CHAR = /[^a-zA-Z0-9_.\-/]/;
const RESERVED_PREFIX = /^\/?(aws|ssm)/i;

export type SsmTier = 'Standard' | 'Advanced';

/** Every problem with an SSM parameter name, each a full sentence naming the fix. Empty = valid. */
export function ssmNameProblems(name: string, region = 'us-east-1'): string[] {
  const shown = `SSM parameter name '${name}'`;
  if (name.length === 0) return ['SSM parameter name is empty; use a path such as /app/prod/db/password'];
  const problems: string[] = [];
  if (!NAME_CHARS.test(name)) {
    const bad = FIRST_BAD_CHAR.exec(name)?.[0] ?? '';
    problems.push(`${shown} has ${describeChar(bad)}; names allow a-zA-Z0-9_.-/`);
  }
  if (RESERVED_PREFIX.test(name)) problems.push(`${shown} starts with 'aws' or 'ssm', which AWS reserves; choose another first segment`);
  if (name.includes('/') && !name.startsWith('/')) problems.push(`${shown} is a hierarchy without a leading '/'; use '/${name}'`);
  if (name.length > 1 && (name.endsWith('/') || name.includes('//'))) problems.push(`${shown} has an empty path segment; remove the extra '/'`);
  const depth = name.split('/').filter((s) => s.length > 0).length;
  if (depth > SSM_LIMITS.maxDepth) problems.push(`${shown} is ${depth} levels deep; Parameter Store allows ${SSM_LIMITS.maxDepth}`);
  const arnLength = ssmArn(name, region, '123456789012').length;
  if (arnLength > SSM_LIMITS.maxArnLength) {
    problems.push(`SSM parameter name '${name.slice(0, 40)}…' is too long (${arnLength} characters with its ARN; the limit is ${SSM_LIMITS.maxArnLength}); shorten it`);
  }
  return problems;
}

/** `arn:aws:ssm:<region>:<account>:parameter/<name without its leading slash>`. */
export function ssmArn(name: string, region: string, account: string): string {
  return `arn:aws:ssm:${region}:${account}:parameter/${name.replace(/^\//, '')}`;
}

/** Problems with a value for `name`, or the tier it needs. Never quotes the value. */
export function ssmValueCheck(name: string, value: string): { tier: SsmTier; problems: string[] } {
  const bytes = Buffer.byteLength(value, 'utf8');
  const problems: string[] = [];
  if (bytes === 0) problems.push(`value for SSM parameter '${name}' is empty; Parameter Store needs at least one character`);
  if (bytes > SSM_LIMITS.advancedMaxBytes) {
    problems.push(
      `value for SSM parameter '${name}' is ${bytes} bytes; Parameter Store holds at most ${SSM_LIMITS.advancedMaxBytes} (Advanced tier); store it in Secrets Manager (64 KB) instead`,
    );
  }
  if (hasTemplateMarker(value)) {
    problems.push(`value for SSM parameter '${name}' contains '{{…}}', which Parameter Store reserves for references; store it in Secrets Manager instead`);
  }
  return { tier: bytes > SSM_LIMITS.standardMaxBytes ? 'Advanced' : 'Standard', problems };
}

/** `{{` … `}}` anywhere; two index scans instead of a regex so an 8 KB value of `{{` stays linear. */
function hasTemplateMarker(value: string): boolean {
  const open = value.indexOf('{{');
  return open >= 0 && value.indexOf('}}', open + 2) >= 0;
}
