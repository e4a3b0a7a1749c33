import { redact } from '@unleak/core';
import type { RewriteTarget } from './types.js';

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Myers' O((N+M)·D) shortest edit script over lines; rewrites change few lines, so D stays small. */
function diffLines(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      y--;
      ops.push({ kind: ' ', line: a[--x]! });
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: '+', line: b[--y]! });
      else ops.push({ kind: '-', line: a[--x]! });
    }
  }
  return ops.reverse();
}

/** `text` with every target span shown as its redacted form, so a diff never prints a value. */
export function maskTargets(text: string, targets: readonly RewriteTarget[]): string {
  const spans = [...targets].sort((p, q) => q.span.start - p.span.start);
  let out = text;
  let lowest = Infinity;
  for (const { span } of spans) {
    if (span.end > lowest || span.end > text.length) continue;
    out = out.slice(0, span.start) + redact(text.slice(span.start, span.end)) + out.slice(span.end);
    lowest = span.start;
  }
  return out;
}

/**
 * `line` with every occurrence of a known secret value shown redacted. Context lines can hold a value the
 * plan does not rewrite here (a skipped item, a copy the scanner missed), so spans alone are not enough.
 * Longer values first, so a value that contains another is masked whole.
 */
export function maskKnownValues(line: string, knownValues: readonly string[]): string {
  let out = line;
  for (const value of [...knownValues].sort((p, q) => q.length - p.length)) {
    if (value.length < MIN_MASKED_LENGTH || !out.includes(value)) continue;
    out = out.split(value).join(redact(value));
  }
  return out;
}

/** Shorter values (a port, `admin`) are too common to mask in unrelated lines, and too weak to leak much. */
const MIN_MASKED_LENGTH = 6;

/**
 * A unified diff (3 lines of context) of one rewrite, for `apply --dry-run` and the report. The removed
 * lines show each secret redacted; any line holding one of `knownValues` (every value the caller has
 * revealed) shows it redacted too.
 */
export function unifiedDiff(
  path: string,
  before: string,
  after: string,
  targets: readonly RewriteTarget[],
  context = 3,
  knownValues: readonly string[] = [],
): string {
  if (before === after) return '';
  const mask = (text: string) => text.split('\n').map((l) => maskKnownValues(l, knownValues));
  const ops = diffLines(mask(maskTargets(before, targets)), mask(after));
  const out = [`--- a/${path}`, `+++ b/${path}`];
  let i = 0;
  let aLine = 1;
  let bLine = 1;
  const positions = ops.map((op) => {
    const at = { a: aLine, b: bLine };
    if (op.kind !== '+') aLine++;
    if (op.kind !== '-') bLine++;
    return at;
  });
  while (i < ops.length) {
    if (ops[i]!.kind === ' ') {
      i++;
      continue;
    }
    const start = Math.max(0, i - context);
    let end = i;
    // Extend the hunk while the next change is within 2·context unchanged lines.
    for (let j = i; j < ops.length; j++) {
      if (ops[j]!.kind !== ' ') end = j;
      else if (j - end > 2 * context) break;
    }
    const stop = Math.min(ops.length, end + context + 1);
    const hunk = ops.slice(start, stop);
    const from = positions[start]!;
    const aCount = hunk.filter((o) => o.kind !== '+').length;
    const bCount = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${aCount === 0 ? from.a - 1 : from.a},${aCount} +${bCount === 0 ? from.b - 1 : from.b},${bCount} @@`);
    for (const o of hunk) out.push(`${o.kind}${o.line}`);
    i = stop;
  }
  return `${out.join('\n')}\n`;
}
