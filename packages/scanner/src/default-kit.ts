import type { DetectorKit } from './detector-kit.js';
import { extractAssignments, fileKindOf, genericCandidates, isPlaceholder } from './extract/index.js';
import { focusText } from './extract/focus.js';
import { CREDENTIAL_WORDS } from './generic/keywords.js';
import { matchRule } from './match-rule.js';
import { RULES } from './rules/index.js';

/** The real detector parts: the rule registry, the matcher and format-aware extraction. */
export const defaultKit: DetectorKit = {
  rules: RULES,
  matchRule,
  fileKindOf,
  extractAssignments,
  genericCandidates,
  isPlaceholder,
  credentialWords: CREDENTIAL_WORDS,
  focus: focusText,
};
