import type { FileKind, SecretKind, Sensitivity, StoreKind } from '@unleak/core';

/**
 * A detection rule is data plus its own samples (one file per provider under `rules/`, listed in
 * `rules/index.ts`). One test walks the registry: every `match` sample must yield a finding of this rule,
 * no `noMatch` sample may, and the pattern must stay linear on adversarial input.
 */
export interface Rule {
  /** kebab-case, unique, stable: it is part of fingerprints and baselines. */
  id: string;
  provider: string;
  title: string;
  kind: SecretKind;
  /** First guess until the classifier decides. */
  sensitivity: Sensitivity;
  store: StoreKind;
  /**
   * Lower-case literals; the rule runs on a fragment only if one of them occurs in it (one multi-keyword
   * pass per fragment). Must be non-empty: every rule needs a cheap anchor.
   */
  keywords: string[];
  /**
   * Must contain a named group `secret`. Other named groups (`username`, `host`, `port`, `dbname`,
   * `engine`…) become the detection's `parts`. No `g`/`y` flag (the engine adds them). Written so that
   * matching is linear: bounded quantifiers, no nested unbounded repetition.
   */
  pattern: RegExp;
  /** Minimum Shannon entropy (bits per character) of the secret. */
  minEntropy?: number;
  /** A secret matching any of these is not a finding (rule-specific placeholders and documentation values). */
  allow?: RegExp[];
  /**
   * A structural check the pattern cannot express (e.g. a JWT header that decodes to JSON with `alg`).
   * Receives the `secret` group; returning false drops the match. Must be cheap and must not throw.
   */
  validate?: (secret: string) => boolean;
  /** Run only on these file kinds (e.g. `npmrc`). Omit to run everywhere. */
  fileKinds?: FileKind[];
  samples: {
    /** Each must produce a finding of this rule. Build well-formed tokens with `fake` from @unleak/core. */
    match: string[];
    /** None may produce a finding of this rule. */
    noMatch: string[];
  };
}
