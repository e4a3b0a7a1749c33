import type { StoreKind } from '@unleak/core';
import type { Decision, ReviewRow } from './model.js';

export interface ApplyPreview {
  writes: Array<{ itemId: string; store: StoreKind; name: string }>;
  /** Items whose value is deleted from the source and stored nowhere. */
  removals: Array<{ itemId: string; files: string[] }>;
  /** Files the rewrite will edit, with how many findings each. */
  files: Array<{ path: string; findings: number }>;
}

/** What apply will do, from the decisions alone: each store write and each file to edit. */
export function applyPreview(rows: readonly ReviewRow[], decisions: Readonly<Record<string, Decision>>): ApplyPreview {
  const writes: ApplyPreview['writes'] = [];
  const removals: ApplyPreview['removals'] = [];
  const files = new Map<string, number>();
  const seen = new Set<string>();
  for (const row of rows) {
    const d = decisions[row.itemId];
    if (d?.action !== 'migrate') continue;
    files.set(row.file, (files.get(row.file) ?? 0) + 1);
    if (seen.has(row.itemId)) continue;
    seen.add(row.itemId);
    if (d.store === 'remove') removals.push({ itemId: row.itemId, files: [...new Set(rows.filter((r) => r.itemId === row.itemId).map((r) => r.file))] });
    else writes.push({ itemId: row.itemId, store: d.store, name: d.name });
  }
  return { writes, removals, files: [...files].map(([path, findings]) => ({ path, findings })).sort((a, b) => (a.path < b.path ? -1 : 1)) };
}
