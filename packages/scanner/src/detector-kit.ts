import type { FileKind } from '@unleak/core';
import type { FocusedText } from './extract/focus.js';
import type { RuleMatch } from './match-rule.js';
import type { Rule } from './rule.js';
import type { Assignment, Candidate, Fragment } from './types.js';

/**
 * The pieces the detector and filters are built from: the rule registry, the matcher and format-aware
 * extraction. `defaultKit` wires the real ones; tests may pass small stand-ins.
 */
export interface DetectorKit {
  rules: readonly Rule[];
  matchRule(rule: Rule, text: string, lowerText?: string): RuleMatch[];
  fileKindOf(path: string, text?: string): FileKind;
  extractAssignments(fragment: Fragment): Assignment[];
  genericCandidates(fragment: Fragment, assignments: Assignment[]): Candidate[];
  isPlaceholder(value: string): boolean;
  /** Words without which a line yields no generic finding; the keyword pass notes the lines that hold one. */
  credentialWords?: readonly string[];
  /**
   * What extraction reads, given the marked offsets (credential words and provider hits, ascending), or
   * undefined when nothing is marked. Omit to extract from the whole text.
   */
  focus?(fragment: Fragment, marks: readonly number[]): FocusedText | undefined;
}

export type { RuleMatch };
