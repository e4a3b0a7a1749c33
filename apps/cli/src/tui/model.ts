import type { Sensitivity, StoreKind } from '@unleak/core';

/**
 * The session's view of one finding. Built once after the scan from the classifier's output; holds only
 * redacted forms and masked context, never a value.
 */
export interface ReviewRow {
  /** Unique per occurrence: fingerprint + file + position. */
  id: string;
  fingerprint: string;
  file: string;
  line: number;
  column: number;
  rule: string;
  kind: string;
  sensitivity: Sensitivity;
  redacted: string;
  project: string;
  /** The migration item (store object) this finding belongs to; decisions are made per item. */
  itemId: string;
  /** The classifier's proposal for the item. */
  proposal: { store: StoreKind; name: string };
  reason: string;
  rotation: { needed: boolean; note: string };
  /** Set when the value is also in git history (must be rotated even after migration). */
  exposure?: string;
  /** Lines around the finding, `{ line, text }`, with every secret on them replaced by its redacted form. */
  context: Array<{ line: number; text: string }>;
}

/** What the person decided for one item. */
export type Decision =
  | { action: 'migrate'; store: StoreKind; name: string }
  | { action: 'skip' }
  | { action: 'not-secret' };

export type Grouping = 'file' | 'project' | 'kind';
export const GROUPINGS: readonly Grouping[] = ['file', 'project', 'kind'];

export type Overlay = 'none' | 'help' | 'filter' | 'rename' | 'store';
export type Pane = 'list' | 'detail';

export interface ReviewState {
  rows: ReviewRow[];
  /** By item id. A missing entry means "pending". */
  decisions: Record<string, Decision>;
  /** Each entry restores the decisions of the items it names, newest last. */
  undo: Array<{ label: string; before: Record<string, Decision | undefined> }>;
  /** Index into the visible rows. */
  cursor: number;
  /** Item ids marked with Space for a bulk action. */
  marked: string[];
  filter: string;
  grouping: Grouping;
  focus: Pane;
  overlay: Overlay;
  /** Text being typed in the filter or rename input. */
  draft: string;
  /** One line of feedback after the last action ("undid: accept 3 items"). */
  notice: string;
  /** The highlighted entry of the store chooser (an index into STORE_CYCLE) while it is open. */
  chooser: number;
  /** First detail-pane line shown; back to 0 whenever the highlighted finding changes. */
  detailScroll: number;
}

/** The order `s` cycles through; also the order of the footer's counts. */
export const STORE_CYCLE: readonly StoreKind[] = ['ssm-string', 'ssm-secure', 'secrets-manager', 'vault', 'remove'];

/** Badges as the issue names them. */
export const STORE_BADGE: Record<StoreKind, string> = {
  'ssm-string': 'SSM',
  'ssm-secure': 'SSM🔒',
  'secrets-manager': 'SM',
  vault: 'Vault',
  remove: 'remove',
};

/** Action wording for the detail pane (an action, never a yes/no question). */
export const STORE_ACTION: Record<StoreKind, string> = {
  'ssm-string': 'Migrate → SSM String',
  'ssm-secure': 'Migrate → SSM SecureString',
  'secrets-manager': 'Migrate → Secrets Manager',
  vault: 'Migrate → Vault KV',
  remove: 'Remove from source (use a role or profile)',
};

export const SENSITIVITY_COLOR: Record<Sensitivity, string> = {
  critical: 'red',
  high: 'yellow',
  medium: 'cyan',
  low: 'gray',
};

export const SENSITIVITY_GLYPH: Record<Sensitivity, string> = {
  critical: '●',
  high: '◆',
  medium: '▲',
  low: '·',
};
