import type { FindingContext, SecretKind, SecretValue, Sensitivity, Span, StoreKind } from '@unleak/core';

/** A located candidate on its way through the filters. The value is already wrapped. */
export interface Pending extends Span {
  rule: string;
  file: string;
  commit?: string;
  secret: SecretValue;
  fingerprint: string;
  kind: SecretKind;
  sensitivity: Sensitivity;
  store: StoreKind;
  context: FindingContext;
  parts?: Record<string, string | SecretValue>;
}

/** The filter steps, in the order they run. */
export const SUPPRESSION_STEPS = ['placeholder', 'inline-ignore', 'allowlist', 'baseline', 'duplicate'] as const;
export type SuppressionStep = (typeof SUPPRESSION_STEPS)[number];

/** A candidate a filter removed, and why; holds only the redacted form, for `--verbose`. */
export interface Suppressed extends Span {
  step: SuppressionStep;
  reason: string;
  rule: string;
  file: string;
  commit?: string;
  redacted: string;
  fingerprint: string;
}

export function suppressed(p: Pending, step: SuppressionStep, reason: string): Suppressed {
  const { line, column, endLine, endColumn, rule, file, commit, fingerprint } = p;
  return { step, reason, rule, file, line, column, endLine, endColumn, ...(commit ? { commit } : {}), redacted: p.secret.redacted, fingerprint };
}
