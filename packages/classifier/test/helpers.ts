import { fake, fingerprint, redact, SecretValue, type Detection, type FileKind, type SecretKind } from '@unleak/core';

export interface Shape {
  rule: string;
  kind?: SecretKind;
  file: string;
  fileKind: FileKind;
  key?: string;
  scope?: string[];
  groupId?: string;
  isTest?: boolean;
  line?: number;
  /** The fake value; default a generated password seeded by rule + file + key. */
  value?: string;
  /** Length of the generated value when `value` is absent. */
  size?: number;
  parts?: Record<string, string | SecretValue>;
  commit?: string;
  committedAt?: string;
}

/** A Detection as the scanner would produce it, with a fake value built at test time. */
export function det(s: Shape): Detection {
  const value = s.value ?? fake.password(s.size ?? 24, `${s.rule}:${s.file}:${s.key ?? ''}:${s.line ?? 1}`);
  const secret = new SecretValue(value);
  return {
    rule: s.rule,
    file: s.file,
    line: s.line ?? 1,
    column: 1,
    endLine: s.line ?? 1,
    endColumn: 1 + value.length,
    fingerprint: fingerprint(s.rule, value, s.file),
    redacted: redact(value),
    kind: s.kind ?? 'secret',
    sensitivity: 'medium',
    store: 'ssm-secure',
    ...(s.commit ? { commit: s.commit } : {}),
    secret,
    context: {
      fileKind: s.fileKind,
      ...(s.key !== undefined ? { key: s.key } : {}),
      ...(s.scope ? { scope: s.scope } : {}),
      ...(s.groupId ? { groupId: s.groupId } : {}),
      ...(s.isTest ? { isTest: true } : {}),
      ...(s.committedAt ? { committedAt: s.committedAt } : {}),
    },
    ...(s.parts ? { parts: s.parts } : {}),
  };
}
