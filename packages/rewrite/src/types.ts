import type { FileKind, SecretKind, StoreKind } from '@unleak/core';

/** One secret occurrence to replace by a reference. Holds no value: only where it is and where it went. */
export interface RewriteTarget {
  /** Offsets of the secret value in the file text; may sit inside a larger literal (the password in a URL). */
  span: { start: number; end: number };
  /** 1-based, for notes and manual entries. */
  line: number;
  column: number;
  store: StoreKind;
  /** Store name or path: `/shop/prod/db-password` (SSM), `shop/prod/db` (Secrets Manager), `app/db` (Vault). */
  name: string;
  /** For grouped secrets stored as one JSON object (Secrets Manager, Vault): the member, e.g. `password`. */
  jsonKey?: string;
  /** The environment variable the rewritten code reads, e.g. `DB_PASSWORD`. */
  envName: string;
  /** From the scanner's FindingContext. */
  key?: string;
  scope?: string[];
  kind: SecretKind;
  /** Vault KV v2 mount; `secret` when absent. */
  vaultMount?: string;
}

export interface RewriteOptions {
  /** TS/JS only: `env` (default) reads `requireEnv("NAME")`; `sdk` awaits a generated AWS SDK / Vault loader. */
  tsStyle?: 'env' | 'sdk';
}

export interface RewriteInput {
  /** Relative to the repository root, forward slashes. Extra files are placed relative to it. */
  path: string;
  fileKind: FileKind;
  text: string;
  targets: RewriteTarget[];
  options?: RewriteOptions;
}

/**
 * A file the rewrite needs besides the rewritten one. `create`: write `text` only if the file does not exist.
 * `append-once`: append each line of `text` that the file does not already hold (create it if missing).
 */
export interface ExtraFile {
  path: string;
  text: string;
  mode: 'create' | 'append-once';
}

export interface ManualEdit {
  line: number;
  reason: string;
}

/**
 * A target whose span sat inside a larger literal that was replaced as a whole (a connection string becomes
 * one `DATABASE_URL`): the store entry for `envName` must hold the whole literal, `literal` in the input text.
 */
export interface WidenedTarget {
  line: number;
  envName: string;
  literal: { start: number; end: number };
}

export interface RewriteResult {
  text: string;
  changed: boolean;
  /** Next steps for the report. Never holds a secret value. */
  notes: string[];
  /** Occurrences left for a person, with the reason. */
  manual: ManualEdit[];
  extraFiles?: ExtraFile[];
  widened?: WidenedTarget[];
}

/** A splice on the input text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** What one rewriter decides for a file; `rewriteFile` applies the edits, validates and assembles the result. */
export interface RewritePlan {
  edits: Edit[];
  notes: string[];
  manual: ManualEdit[];
  extraFiles: ExtraFile[];
  widened: WidenedTarget[];
}

export interface Rewriter {
  plan(input: RewriteInput): RewritePlan | Promise<RewritePlan>;
  /** A syntax problem in the rewritten text, or undefined when it still parses. */
  validate?(text: string, input: RewriteInput): string | undefined | Promise<string | undefined>;
}
