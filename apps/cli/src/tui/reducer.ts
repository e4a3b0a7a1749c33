import type { Decision, ReviewRow, ReviewState } from './model.js';
import type { StoreKind } from '@unleak/core';
import { GROUPINGS, STORE_CYCLE } from './model.js';
import { currentRow, effectiveTarget, itemIdsOf, nameForStore, nextStore, visibleRows } from './selectors.js';

export type ReviewAction =
  | { type: 'move'; by: number }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'toggle-focus' }
  | { type: 'accept' }
  | { type: 'accept-all-visible' }
  | { type: 'mark' }
  | { type: 'cycle-store' }
  | { type: 'open-store-chooser' }
  | { type: 'chooser-move'; by: number }
  | { type: 'choose-store' }
  | { type: 'scroll-detail'; by: number; max?: number }
  | { type: 'skip' }
  | { type: 'not-secret' }
  | { type: 'undo' }
  | { type: 'start-rename' }
  | { type: 'start-filter' }
  | { type: 'type'; text: string }
  | { type: 'backspace' }
  | { type: 'commit-input' }
  | { type: 'toggle-grouping' }
  | { type: 'open-help' }
  | { type: 'close-overlay' };

export function initialReviewState(rows: ReviewRow[], decisions: Record<string, Decision> = {}): ReviewState {
  const known = new Set(rows.map((r) => r.itemId));
  const kept = Object.fromEntries(Object.entries(decisions).filter(([id]) => known.has(id)));
  const resumed = Object.keys(kept).length;
  const notice = resumed ? `resumed ${resumed === 1 ? '1 decision' : `${resumed} decisions`} from the last session (u undoes new ones only)` : '';
  return { rows, decisions: kept, undo: [], cursor: 0, marked: [], filter: '', grouping: 'file', focus: 'list', overlay: 'none', draft: '', notice, chooser: 0, detailScroll: 0 };
}

/** All of the session's review logic: pure, one action in, the next state out. */
export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  const next = reduce(state, action);
  // Whatever moved the highlight (a move, an accept that steps down, a filter), the detail starts at its top.
  if (next.detailScroll !== 0 && currentRow(next)?.id !== currentRow(state)?.id) return { ...next, detailScroll: 0 };
  return next;
}

function reduce(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case 'move':
      return moveTo(state, state.cursor + action.by);
    case 'first':
      return moveTo(state, 0);
    case 'last':
      return moveTo(state, Number.MAX_SAFE_INTEGER);
    case 'scroll-detail': {
      const max = action.max ?? Number.MAX_SAFE_INTEGER;
      return { ...state, detailScroll: Math.max(0, Math.min(state.detailScroll + action.by, max)) };
    }
    case 'toggle-focus':
      return { ...state, focus: state.focus === 'list' ? 'detail' : 'list' };
    case 'accept':
      return decideTargets(state, 'accept', (row, d) => ({ action: 'migrate', ...effectiveTarget(row, d) }), true);
    case 'accept-all-visible': {
      const pending = itemIdsOf(visibleRows(state)).filter((id) => !state.decisions[id]);
      if (pending.length === 0) return { ...state, notice: 'nothing pending in view' };
      return decide(state, pending, 'accept all visible', (row, d) => ({ action: 'migrate', ...effectiveTarget(row, d) }));
    }
    case 'mark': {
      const row = currentRow(state);
      if (!row) return state;
      const marked = state.marked.includes(row.itemId) ? state.marked.filter((id) => id !== row.itemId) : [...state.marked, row.itemId];
      return { ...state, marked, cursor: nextItemIndex(state, row.itemId), notice: `${marked.length} marked` };
    }
    case 'cycle-store':
      return changeStore(state, (store) => nextStore(store));
    case 'open-store-chooser': {
      const row = currentRow(state);
      if (!row) return state;
      const store = effectiveTarget(row, state.decisions[row.itemId]).store;
      return { ...state, overlay: 'store', chooser: Math.max(0, STORE_CYCLE.indexOf(store)), notice: '' };
    }
    case 'chooser-move':
      if (state.overlay !== 'store') return state;
      return { ...state, chooser: (((state.chooser + action.by) % STORE_CYCLE.length) + STORE_CYCLE.length) % STORE_CYCLE.length };
    case 'choose-store': {
      if (state.overlay !== 'store') return state;
      const chosen = STORE_CYCLE[state.chooser] ?? 'remove';
      return changeStore({ ...state, overlay: 'none' }, () => chosen);
    }
    case 'skip':
      return decideTargets(state, 'skip', () => ({ action: 'skip' }), true);
    case 'not-secret':
      return decideTargets(state, 'not a secret', () => ({ action: 'not-secret' }), true);
    case 'undo': {
      const last = state.undo.at(-1);
      if (!last) return { ...state, notice: 'nothing to undo' };
      const decisions = { ...state.decisions };
      for (const [id, before] of Object.entries(last.before)) {
        if (before) decisions[id] = before;
        else delete decisions[id];
      }
      return { ...state, decisions, undo: state.undo.slice(0, -1), notice: `undid: ${last.label}` };
    }
    case 'start-rename': {
      const row = currentRow(state);
      if (!row) return state;
      const target = effectiveTarget(row, state.decisions[row.itemId]);
      if (target.store === 'remove') return { ...state, notice: 'a removed value has no name; press s to choose a store first' };
      return { ...state, overlay: 'rename', draft: target.name, notice: '' };
    }
    case 'start-filter':
      return { ...state, overlay: 'filter', draft: state.filter, notice: '' };
    case 'type':
      return state.overlay === 'rename' || state.overlay === 'filter' ? { ...state, draft: state.draft + action.text } : state;
    case 'backspace':
      return state.overlay === 'rename' || state.overlay === 'filter' ? { ...state, draft: Array.from(state.draft).slice(0, -1).join('') } : state;
    case 'commit-input':
      if (state.overlay === 'filter') {
        const next = { ...state, filter: state.draft.trim(), overlay: 'none' as const, draft: '' };
        return { ...next, cursor: clamp(0, visibleRows(next).length), notice: next.filter ? `filter: ${next.filter}` : 'filter cleared' };
      }
      if (state.overlay === 'rename') return commitRename(state);
      return state;
    case 'toggle-grouping': {
      const grouping = GROUPINGS[(GROUPINGS.indexOf(state.grouping) + 1) % GROUPINGS.length] ?? 'file';
      return { ...state, grouping, cursor: 0, notice: `grouped by ${grouping}` };
    }
    case 'open-help':
      return { ...state, overlay: 'help' };
    case 'close-overlay':
      if (state.overlay !== 'none') return { ...state, overlay: 'none', draft: '' };
      if (state.marked.length) return { ...state, marked: [], notice: 'marks cleared' };
      return state;
  }
}

/** The highlighted finding changes: the detail pane starts again at its top. */
function moveTo(state: ReviewState, cursor: number): ReviewState {
  return { ...state, cursor: clamp(cursor, visibleRows(state).length), notice: '' };
}

/** A new store for the marked items (or the highlighted one), carrying the name over in that store's form. */
function changeStore(state: ReviewState, storeAfter: (store: StoreKind) => StoreKind): ReviewState {
  return decideTargets(state, 'change store', (row, d) => {
    const { store, name } = effectiveTarget(row, d);
    const next = storeAfter(store);
    return { action: 'migrate', store: next, name: nameForStore(name || row.proposal.name || fallbackName(row), next) };
  }, false);
}

function commitRename(state: ReviewState): ReviewState {
  const name = state.draft.trim();
  if (name === '') return { ...state, notice: 'a name cannot be empty; type one or press Esc' };
  if (/\s/.test(name)) return { ...state, notice: `'${name}' contains whitespace; store names allow letters, digits and _.-/` };
  const closed = { ...state, overlay: 'none' as const, draft: '' };
  const row = currentRow(state);
  if (!row) return closed;
  return decide(closed, [row.itemId], 'rename', (r, d) => ({ action: 'migrate', store: effectiveTarget(r, d).store, name }));
}

/** Applies `make` to the marked items (clearing the marks) or else to the highlighted one. */
function decideTargets(state: ReviewState, label: string, make: (row: ReviewRow, d: Decision | undefined) => Decision, advance: boolean): ReviewState {
  if (state.marked.length > 0) return { ...decide(state, state.marked, label, make), marked: [] };
  const row = currentRow(state);
  if (!row) return state;
  const next = decide(state, [row.itemId], label, make);
  return advance ? { ...next, cursor: nextItemIndex(next, row.itemId) } : next;
}

function decide(state: ReviewState, itemIds: string[], label: string, make: (row: ReviewRow, d: Decision | undefined) => Decision): ReviewState {
  const decisions = { ...state.decisions };
  const before: Record<string, Decision | undefined> = {};
  for (const id of itemIds) {
    const row = state.rows.find((r) => r.itemId === id);
    if (!row) continue;
    before[id] = state.decisions[id];
    decisions[id] = make(row, state.decisions[id]);
  }
  const n = Object.keys(before).length;
  const text = `${label} ${n === 1 ? '1 item' : `${n} items`}`;
  return { ...state, decisions, undo: [...state.undo, { label: text, before }], notice: text };
}

/** A name for an item the classifier meant to remove (it proposed none): project, environment-free, kind. */
function fallbackName(row: ReviewRow): string {
  return `${row.project}/${row.kind}`;
}

/** The first row below the cursor that belongs to another item (the rows of one item are decided together). */
function nextItemIndex(state: ReviewState, itemId: string): number {
  const rows = visibleRows(state);
  for (let i = state.cursor + 1; i < rows.length; i++) if (rows[i]?.itemId !== itemId) return i;
  return state.cursor;
}

function clamp(i: number, length: number): number {
  return length === 0 ? 0 : Math.max(0, Math.min(i, length - 1));
}
