import type { StoreKind } from '@unleak/core';
import type { MigrationItem } from '@unleak/classifier';
import type { Decision, ReviewRow } from './model.js';
import type { RewritePreview } from './rewrite-preview.js';

export interface ScanProgressView {
  files: number;
  bytes: number;
  findings: number;
  /** `history` while git history is read (with `--history`). */
  stage?: 'files' | 'history';
}

export interface ScanOutcome {
  rows: ReviewRow[];
  items: MigrationItem[];
  stats: { files: number; bytes: number; ms: number };
  /** Decisions saved by an earlier session on this repository (by item id). */
  resumed: Record<string, Decision>;
}

/** The steps of one item, in order; the apply screen shows each. */
export const APPLY_STEPS = ['write', 'verify', 'rewrite'] as const;
export type ApplyStep = (typeof APPLY_STEPS)[number];

export interface ApplySummary {
  moved: Array<{ store: StoreKind; name: string; members: number }>;
  removed: number;
  /** Files changed, with a diff stat. */
  files: Array<{ path: string; added: number; removed: number }>;
  monthlyUsd: number;
  policies: string[];
  /** Names (or file:line) of values that must be rotated: they were exposed in the source or git history. */
  rotate: string[];
  reportPath?: string;
  notes: string[];
}

/** What the engine reports while it applies, as the apply screen needs it. */
export type ApplyProgress =
  | { type: 'item'; itemId: string; step: ApplyStep }
  /** The value is in its store and read back; its files are rewritten next. */
  | { type: 'stored'; itemId: string; outcome: string }
  | { type: 'failed'; itemId: string; error: string }
  | { type: 'file'; file: string; phase: 'rewrite' | 'done' };

/**
 * One apply of the accepted items. The engine writes and verifies every item, then rewrites each file once
 * with all its targets (a file's rewrites must happen together); a stop (signal) lets the item or file in
 * flight finish, so no secret is ever half migrated.
 */
export interface ApplyRun {
  /** Item ids in the order they will be applied. */
  items: string[];
  /** The files each item's values sit in (an item is done when they are rewritten). */
  filesOf: Record<string, string[]>;
  /** Applies all items, or `only` these (a retry). Resolves `interrupted` when stopped through the signal. */
  execute(only: string[] | undefined, onProgress: (p: ApplyProgress) => void, signal: AbortSignal): Promise<{ interrupted: boolean }>;
  /** Writes the report and returns what the summary screen shows. */
  finish(stopped: boolean): Promise<ApplySummary>;
}

/**
 * Everything the session does to the outside world. Screens and reducers never touch these; hooks do.
 * `createServices` (services-live.ts) is the real one; tests pass fakes.
 */
export interface SessionServices {
  /** Shown in the top bar: "sandbox http://127.0.0.1:4566", "AWS eu-west-1 (profile x)", "plan only"… */
  target: string;
  /** Where writes to these stores go, in detail (profile, region, endpoint, Vault address), for the confirmation. */
  targetFor(stores: readonly StoreKind[]): string;
  root: string;
  scan(onProgress: (p: ScanProgressView) => void, signal: AbortSignal): Promise<ScanOutcome>;
  /** Autosave: `.unleak/session.json` (item ids and decisions, no values) and the baseline for not-a-secret. */
  save(decisions: Readonly<Record<string, Decision>>): Promise<void>;
  /**
   * The code rewrite migrating this item to `target` would make (a dry run: nothing is written), with every
   * secret redacted. Called for the highlighted item only; the session caches it.
   */
  previewRewrite(itemId: string, target: { store: StoreKind; name: string }): Promise<RewritePreview>;
  /** Starts an apply of the items decided `migrate`. */
  startApply(decisions: Readonly<Record<string, Decision>>): Promise<ApplyRun>;
}
