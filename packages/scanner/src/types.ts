import type { FileKind, FindingContext, SecretKind, Sensitivity, StoreKind } from '@unleak/core';

/** A piece of text to scan: a file, a staged blob, or the added lines of one file in one commit. */
export interface Fragment {
  /** Relative to the scan root, forward slashes. */
  file: string;
  text: string;
  fileKind: FileKind;
  /** History scans: the commit that added these lines. */
  commit?: string;
  committedAt?: string;
  /**
   * History scans: `lineMap[i]` is the file line number (1-based) of fragment line i+1. Omitted when the
   * fragment is the whole file (line numbers are the fragment's own).
   */
  lineMap?: number[];
  isTest: boolean;
}

/**
 * A key/value pair found by format-aware extraction (YAML/JSON/TOML/.env/properties/INI/HCL/XML keys,
 * Dockerfile ENV/ARG, shell export, CLI flags, language assignments). Offsets index `Fragment.text`.
 */
export interface Assignment {
  key: string;
  /** Enclosing structure, outermost first (see FindingContext.scope). */
  scope: string[];
  value: string;
  /** Offsets of the value (without quotes) in the fragment text; `end` exclusive. */
  start: number;
  end: number;
  /** Assignments that belong together (one map, one resource, one `docker login` line, one .env cluster). */
  groupId?: string;
  /**
   * The value as the consuming system sees it when it differs from the text, e.g. a Kubernetes
   * `Secret.data` value decoded from base64. Rules run on it; the finding still points at the text span.
   */
  decoded?: string;
}

/** Format-aware extraction for one family of files. Pure: text in, assignments out. */
export interface Extractor {
  id: string;
  fileKinds: FileKind[];
  extract(fragment: Fragment): Assignment[];
}

/** What the detector produces before filters; offsets index `Fragment.text`. */
export interface Candidate {
  ruleId: string;
  secret: string;
  start: number;
  end: number;
  kind: SecretKind;
  sensitivity: Sensitivity;
  store: StoreKind;
  context: FindingContext;
  parts?: Record<string, string>;
}
