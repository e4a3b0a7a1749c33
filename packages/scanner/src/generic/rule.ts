import type { FileKind, SecretKind, Sensitivity, StoreKind } from '@unleak/core';

/** A file to run a generic rule's sample through: the name decides the file kind. */
export interface GenericSample {
  file: string;
  text: string;
}

/**
 * A generic rule judges one extracted assignment by its key, its scope and its value. Rules are data, one
 * file per family, each with samples that a test runs through extraction and `genericCandidates`.
 */
export interface GenericRule {
  /** kebab-case, stable: part of fingerprints and baselines. */
  id: string;
  title: string;
  /**
   * `secret`: reported on its own. `config`: a non-secret setting (user name, host, registry) reported only
   * when its group also holds a secret, so it can be migrated with it.
   */
  role: 'secret' | 'config';
  kind: SecretKind;
  sensitivity: Sensitivity;
  store: StoreKind;
  /** Tested on the normalised key: lower-case words joined by `_` (`dbPassword` → `db_password`). */
  key: RegExp;
  /** Keys this rule's `key` matches that name something else (`primary_key`, `sort_key`): no finding. */
  stopKey?: RegExp;
  /** Values of this shape are identifiers under this rule's keys (UUIDs under `*_key`), not secrets. */
  idValue?: RegExp;
  /** Tested on the scope joined with ` > ` (`services > db > environment`, `$ docker login`). */
  scope?: RegExp;
  fileKinds?: FileKind[];
  /**
   * `strict`: the value must look like a credential (no words, numbers, paths, references, templates).
   * `declared`: the format already says it is secret (Kubernetes Secret data, CloudFormation NoEcho), so
   * only placeholders are dropped.
   */
  values: 'strict' | 'declared' | 'config';
  /** Characters; `declared` values are measured without surrounding whitespace (`echo x | base64` adds a newline). */
  minLength: number;
  /** Config members: the form a plausible value has (a host name, a port, a user name); others are not reported. */
  shape?: RegExp;
  /** Minimum Shannon entropy (bits per character) of the value. */
  minEntropy: number;
  /** First refinement whose pattern matches `<scope> <key>` (normalised) changes kind, store or sensitivity. */
  refine?: { when: RegExp; kind: SecretKind; store?: StoreKind; sensitivity?: Sensitivity }[];
  samples: { match: GenericSample[]; noMatch: GenericSample[] };
}
