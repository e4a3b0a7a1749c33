import type { ReviewAction } from './reducer.js';
import type { ReviewState } from './model.js';

/** The subset of Ink's `Key` the session reads (so key maps are testable without Ink). */
export interface KeyPress {
  upArrow?: boolean;
  downArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  tab?: boolean;
  backspace?: boolean;
  delete?: boolean;
  ctrl?: boolean;
  meta?: boolean;
}

/** Commands that leave the review screen; everything else is a reducer action. */
export type ReviewCommand = { type: 'open-apply' } | { type: 'quit' };

/** The fixed key map, as data: shown by the `?` overlay and, per pane, by the footer. */
export const REVIEW_KEYS: ReadonlyArray<{ keys: string; does: string; footer?: boolean }> = [
  { keys: '↑/↓ k/j', does: 'move', footer: true },
  { keys: 'g/G', does: 'first / last' },
  { keys: 'PgUp/PgDn', does: 'page the focused pane' },
  { keys: 'J/K', does: 'scroll the detail pane' },
  { keys: 'Tab', does: 'switch list / detail' },
  { keys: 'Enter', does: 'accept the proposal and move down', footer: true },
  { keys: 'Space', does: 'mark for a bulk action', footer: true },
  { keys: 's', does: 'store (choose, with costs)', footer: true },
  { keys: 'S', does: 'store (cycle to the next)' },
  { keys: 'e', does: 'edit the name', footer: true },
  { keys: 'n', does: 'not a secret (→ baseline)', footer: true },
  { keys: 'i', does: 'skip for now', footer: true },
  { keys: 'u', does: 'undo the last decision', footer: true },
  { keys: '/', does: 'filter by path, rule or sensitivity', footer: true },
  { keys: 't', does: 'group by file / project / kind' },
  { keys: 'A', does: 'accept all visible', footer: true },
  { keys: 'a', does: 'apply (opens a confirmation)', footer: true },
  { keys: '?', does: 'help', footer: true },
  { keys: 'Esc', does: 'close overlay / clear marks' },
  { keys: 'q', does: 'quit (decisions are saved)', footer: true },
];

/** Keys while the detail pane has focus: no list movement, but decisions still work. */
export const DETAIL_FOOTER = 'Tab list  ↑/↓ J/K PgUp/PgDn scroll  Enter accept  s store  e name  n not a secret  i skip  u undo  ? help  q quit';

/** Keys while the store chooser is open. */
export const CHOOSER_FOOTER = '↑/↓ k/j s choose  Enter set  Esc cancel';

/**
 * Maps one key press on the review screen to a reducer action or a command. `page` is how far PgUp/PgDn
 * move (the focused pane's height).
 */
export function reviewKey(input: string, key: KeyPress, state: ReviewState, page = 10): ReviewAction | ReviewCommand | undefined {
  if (state.overlay === 'rename' || state.overlay === 'filter') {
    if (key.escape) return { type: 'close-overlay' };
    if (key.return) return { type: 'commit-input' };
    if (key.backspace || key.delete) return { type: 'backspace' };
    if (input && !key.ctrl && !key.meta && !key.tab && !key.upArrow && !key.downArrow) return { type: 'type', text: input };
    return undefined;
  }
  if (state.overlay === 'help') return key.escape || input === '?' || input === 'q' ? { type: 'close-overlay' } : undefined;
  if (state.overlay === 'store') {
    if (key.escape || input === 'q') return { type: 'close-overlay' };
    if (key.return) return { type: 'choose-store' };
    if (key.upArrow || input === 'k') return { type: 'chooser-move', by: -1 };
    if (key.downArrow || input === 'j' || input === 's') return { type: 'chooser-move', by: 1 };
    return undefined;
  }
  if (key.escape) return { type: 'close-overlay' };
  if (key.tab) return { type: 'toggle-focus' };
  if (key.return) return { type: 'accept' };
  if (input === 'J') return { type: 'scroll-detail', by: 1 };
  if (input === 'K') return { type: 'scroll-detail', by: -1 };
  if (state.focus === 'list') {
    if (key.upArrow || input === 'k') return { type: 'move', by: -1 };
    if (key.downArrow || input === 'j') return { type: 'move', by: 1 };
    if (key.pageUp) return { type: 'move', by: -page };
    if (key.pageDown) return { type: 'move', by: page };
    if (key.home || input === 'g') return { type: 'first' };
    if (key.end || input === 'G') return { type: 'last' };
  } else {
    if (key.upArrow || input === 'k') return { type: 'scroll-detail', by: -1 };
    if (key.downArrow || input === 'j') return { type: 'scroll-detail', by: 1 };
    if (key.pageUp) return { type: 'scroll-detail', by: -page };
    if (key.pageDown) return { type: 'scroll-detail', by: page };
    if (key.home || input === 'g') return { type: 'scroll-detail', by: -Number.MAX_SAFE_INTEGER };
    if (key.end || input === 'G') return { type: 'scroll-detail', by: Number.MAX_SAFE_INTEGER };
  }
  switch (input) {
    case ' ': return { type: 'mark' };
    case 's': return { type: 'open-store-chooser' };
    case 'S': return { type: 'cycle-store' };
    case 'e': return { type: 'start-rename' };
    case 'n': return { type: 'not-secret' };
    case 'i': return { type: 'skip' };
    case 'u': return { type: 'undo' };
    case '/': return { type: 'start-filter' };
    case 't': return { type: 'toggle-grouping' };
    case 'A': return { type: 'accept-all-visible' };
    case 'a': return { type: 'open-apply' };
    case '?': return { type: 'open-help' };
    case 'q': return { type: 'quit' };
    default: return undefined;
  }
}

const BURST_KEYS: Record<string, KeyPress> = { '\r': { return: true }, '\t': { tab: true }, '\x7f': { backspace: true } };

/**
 * Keys typed faster than they are read arrive as one chunk ("jj\r"): split it into single presses. Anything
 * with a modifier, or with control characters other than Enter, Tab and Backspace, stays whole.
 */
export function splitBurst<K extends KeyPress>(input: string, key: K): Array<[string, K]> {
  const chars = Array.from(input);
  if (chars.length < 2 || key.ctrl || key.meta || !chars.every((c) => c >= ' ' || c in BURST_KEYS)) return [[input, key]];
  return chars.map((c): [string, K] => {
    const named = BURST_KEYS[c];
    return named ? ['', { ...key, ...named }] : [c, key];
  });
}
