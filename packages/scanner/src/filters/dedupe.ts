import type { Span } from '@unleak/core';
import type { Pending } from './pending.js';

/**
 * Step 5: the same rule on the same span once (overlapping read windows find it twice), one rule per span
 * when two rules hit the same value (the first, i.e. higher in the registry, wins), and one finding per
 * value where spans of the same value overlap (the tightest span wins: a value found inside a decoded block
 * must not also be reported across the block's lines).
 */
export function dedupe(items: Pending[]): { kept: Pending[]; dropped: { item: Pending; reason: string }[] } {
  const seen = new Map<string, Pending>();
  const unique: Pending[] = [];
  const dropped: { item: Pending; reason: string }[] = [];
  for (const p of items) {
    const key = `${p.file}\0${p.commit ?? ''}\0${p.line}:${p.column}-${p.endLine}:${p.endColumn}`;
    const first = seen.get(key);
    if (first) {
      dropped.push({ item: p, reason: first.rule === p.rule ? 'same finding seen twice' : `same span already reported by rule '${first.rule}'` });
      continue;
    }
    seen.set(key, p);
    unique.push(p);
  }
  const byValue = new Map<string, Pending[]>();
  for (const p of unique) {
    const key = `${p.file}\0${p.commit ?? ''}\0${p.secret.reveal()}`;
    byValue.set(key, [...(byValue.get(key) ?? []), p]);
  }
  const wider = new Set<Pending>();
  for (const same of byValue.values()) {
    for (const p of same) {
      const tighter = same.find((q) => q !== p && overlaps(p, q) && isTighter(q, p));
      if (tighter) {
        wider.add(p);
        dropped.push({ item: p, reason: `same value already reported on a tighter span by rule '${tighter.rule}'` });
      }
    }
  }
  return { kept: unique.filter((p) => !wider.has(p)), dropped };
}

function overlaps(a: Span, b: Span): boolean {
  return before(a.line, a.column, b.endLine, b.endColumn) && before(b.line, b.column, a.endLine, a.endColumn);
}

function before(line: number, column: number, otherLine: number, otherColumn: number): boolean {
  return line < otherLine || (line === otherLine && column < otherColumn);
}

/** Fewer lines first, then fewer columns; equal spans were handled by the exact-span pass. */
function isTighter(a: Span, b: Span): boolean {
  const linesA = a.endLine - a.line;
  const linesB = b.endLine - b.line;
  if (linesA !== linesB) return linesA < linesB;
  return a.endColumn - a.column < b.endColumn - b.column;
}
