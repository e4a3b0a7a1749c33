import type { Detection } from '@unleak/core';
import { lineMasker, type MaskSpan } from './rows.js';

/** The code rewrite one item's decision would make, as the detail pane shows it. Holds no value. */
export interface RewritePreview {
  /** Unified diff lines (`--- a/…`, `@@ … @@`, ` `, `-`, `+`), every secret redacted. */
  diff: string[];
  /** Occurrences the rewrite leaves to a person: `file:line: reason`. */
  manual: string[];
}

/** The preview of the highlighted item as the detail pane knows it. */
export type PreviewState = { status: 'loading' } | { status: 'ready'; preview: RewritePreview } | { status: 'failed'; error: string };

/**
 * Re-masks a unified diff of `before` (one file): the rewrite redacts only the targets it was given, so the
 * context and changed lines may still hold the file's other secrets (other items, suppressed findings).
 * Lines from `before` are masked by position and value, added lines by value.
 */
export function maskDiff(diff: string, before: string, secretsInFile: readonly Detection[], hidden: readonly MaskSpan[] = []): string[] {
  const mask = lineMasker(before, secretsInFile, hidden);
  const source = before.split('\n');
  const out: string[] = [];
  let aLine = 0;
  let inHunk = false;
  for (const line of diff.replace(/\n$/, '').split('\n')) {
    const hunk = /^@@ -(\d+)/.exec(line);
    if (hunk) {
      aLine = Number(hunk[1]);
      inHunk = true;
      out.push(line);
    } else if (!inHunk) out.push(mask.anywhere(line));
    else if (line.startsWith('+')) out.push(`+${mask.anywhere(line.slice(1))}`);
    else {
      const n = aLine++;
      out.push(`${line.charAt(0)}${mask.atLine((source[n - 1] ?? '').replace(/\r$/, ''), n)}`);
    }
  }
  return out;
}
