import { describeChar } from './describe-char.js';

/** Secrets Manager limits (model `secretsmanager-2017-10-17`, SM user guide "quotas"). */
export const SECRETS_MANAGER_LIMITS = { maxNameLength: 512, maxValueBytes: 65_536 } as const;

const NAME_CHARS = /^[A-Za-z0-9/_+=.@-]+$/;
const FIRST_BAD_CHAR = /[^A-Za-z0-9/_+=.@-]/;
/** AWS appends `-` + 6 random characters to form the ARN; a name ending like that confuses partial-ARN lookups. */
const ARN_SUFFIX_LOOKALIKE = /-[A-Za-z0-9]{6}$/;

export function secretsManagerNameCheck(name: string): { problems: string[]; warnings: string[] } {
  const shown = `Secrets Manager secret name '${name}'`;
  if (name.length === 0) return { problems: ['Secrets Manager secret name is empty; use a name such as prod/app/db'], warnings: [] };
  const problems: string[] = [];
  const warnings: string[] = [];
  if (!NAME_CHARS.test(name)) {
    const bad = FIRST_BAD_CHAR.exec(name)?.[0] ?? '';
    problems.push(`${shown} has ${describeChar(bad)}; names allow A-Za-z0-9 and /_+=.@-`);
  }
  if (name.length > SECRETS_MANAGER_LIMITS.maxNameLength) {
    problems.push(`Secrets Manager secret name '${name.slice(0, 40)}…' is ${name.length} characters; the limit is ${SECRETS_MANAGER_LIMITS.maxNameLength}`);
  }
  if (ARN_SUFFIX_LOOKALIKE.test(name)) {
    warnings.push(`${shown} ends with '-' and 6 characters, which looks like an ARN suffix and can confuse partial-ARN lookups; consider renaming it`);
  }
  return { problems, warnings };
}

export function secretsManagerValueProblems(name: string, value: string): string[] {
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes === 0) return [`value for Secrets Manager secret '${name}' is empty; a secret needs a value`];
  if (bytes > SECRETS_MANAGER_LIMITS.maxValueBytes) {
    return [`value for Secrets Manager secret '${name}' is ${bytes} bytes; Secrets Manager holds at most ${SECRETS_MANAGER_LIMITS.maxValueBytes}; split it into several secrets`];
  }
  return [];
}
