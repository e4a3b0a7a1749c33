import type { Finding } from '@unleak/core';

/** Step 8: a stable order (file, line, column, rule, commit) so reports and baselines diff cleanly. */
export function compareFindings(a: Finding, b: Finding): number {
  return cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.rule, b.rule) || cmp(a.commit ?? '', b.commit ?? '');
}

export function sortFindings<T extends Finding>(items: T[]): T[] {
  return [...items].sort(compareFindings);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
