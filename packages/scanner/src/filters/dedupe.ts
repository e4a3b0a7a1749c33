import type { Pending } from './pending.js';

/**
 * Step 5: the same rule on the same span once (overlapping read windows find it twice), and one rule per
 * span when two rules hit the same value (the first, i.e. higher in the registry, wins).
 */
export function dedupe(items: Pending[]): { kept: Pending[]; dropped: { item: Pending; reason: string }[] } {
  const seen = new Map<string, Pending>();
  const kept: Pending[] = [];
  const dropped: { item: Pending; reason: string }[] = [];
  for (const p of items) {
    const key = `${p.file}\0${p.commit ?? ''}\0${p.line}:${p.column}-${p.endLine}:${p.endColumn}`;
    const first = seen.get(key);
    if (first) {
      dropped.push({ item: p, reason: first.rule === p.rule ? 'same finding seen twice' : `same span already reported by rule '${first.rule}'` });
      continue;
    }
    seen.set(key, p);
    kept.push(p);
  }
  return { kept, dropped };
}
