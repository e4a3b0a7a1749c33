import type { StoreKind } from '@unleak/core';
import type { Decision, Grouping, ReviewRow, ReviewState } from './model.js';
import { STORE_CYCLE } from './model.js';

/** The heading a row is listed under for the current grouping. */
export function groupKeyOf(row: ReviewRow, grouping: Grouping): string {
  if (grouping === 'project') return row.project;
  if (grouping === 'kind') return row.kind;
  return row.file;
}

/** Does the row match the `/` filter? Matches path, rule, kind or sensitivity, case-insensitive; words must all match. */
export function matchesFilter(row: ReviewRow, filter: string): boolean {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = `${row.file}\n${row.rule}\n${row.kind}\n${row.sensitivity}\n${row.project}`.toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** Rows shown in the list, in display order: grouped (groups in first-seen order), then by position. */
export function visibleRows(state: Pick<ReviewState, 'rows' | 'filter' | 'grouping'>): ReviewRow[] {
  const groups = new Map<string, ReviewRow[]>();
  for (const row of state.rows) {
    if (!matchesFilter(row, state.filter)) continue;
    const key = groupKeyOf(row, state.grouping);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()].flat();
}

export function currentRow(state: ReviewState): ReviewRow | undefined {
  return visibleRows(state)[state.cursor];
}

/** The rows that share an item with `row` (the group members the detail pane lists), including itself. */
export function itemMembers(rows: readonly ReviewRow[], itemId: string): ReviewRow[] {
  return rows.filter((r) => r.itemId === itemId);
}

/** Distinct item ids, in row order. */
export function itemIdsOf(rows: readonly ReviewRow[]): string[] {
  return [...new Set(rows.map((r) => r.itemId))];
}

/** The store and name the item will get if it is migrated: the decision, else the proposal. */
export function effectiveTarget(row: ReviewRow, decision: Decision | undefined): { store: StoreKind; name: string } {
  return decision?.action === 'migrate' ? { store: decision.store, name: decision.name } : row.proposal;
}

/**
 * A name carried over to another store: Parameter Store names start with `/`, Secrets Manager and Vault
 * names do not; `remove` has none. The proposal's name is the starting point.
 */
export function nameForStore(name: string, store: StoreKind): string {
  if (store === 'remove') return '';
  const bare = name.replace(/^\/+/, '');
  return store === 'ssm-string' || store === 'ssm-secure' ? `/${bare}` : bare;
}

export function nextStore(store: StoreKind): StoreKind {
  const i = STORE_CYCLE.indexOf(store);
  return STORE_CYCLE[(i + 1) % STORE_CYCLE.length] as StoreKind;
}

export interface Tally {
  pending: number;
  skipped: number;
  notSecret: number;
  /** Items to migrate, by store. */
  byStore: Partial<Record<StoreKind, number>>;
  migrate: number;
}

/** Counts per item (a store object), not per finding. */
export function tally(state: Pick<ReviewState, 'rows' | 'decisions'>): Tally {
  const out: Tally = { pending: 0, skipped: 0, notSecret: 0, byStore: {}, migrate: 0 };
  for (const id of itemIdsOf(state.rows)) {
    const d = state.decisions[id];
    if (!d) out.pending++;
    else if (d.action === 'skip') out.skipped++;
    else if (d.action === 'not-secret') out.notSecret++;
    else {
      out.migrate++;
      out.byStore[d.store] = (out.byStore[d.store] ?? 0) + 1;
    }
  }
  return out;
}
