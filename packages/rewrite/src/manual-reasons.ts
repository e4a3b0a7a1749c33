import { describeStore, fetchCommand } from './references.js';
import type { RewriteInput, RewriteTarget } from './types.js';

/** Paths of test data, where a secret should become an obviously fake value, not a store reference. */
const TEST_FIXTURE_PATH = /(?:^|\/)(?:tests?|__tests__|spec|fixtures?|testdata)\/|\.(?:test|spec)\.[a-z]+$/i;

interface ManualRule {
  applies(t: RewriteTarget, input: RewriteInput): boolean;
  reason(t: RewriteTarget, input: RewriteInput): string;
}

/**
 * Why a file kind with no rewriter is left for a person, most specific first. A key file or a test
 * fixture is genuinely manual: the fix is to delete or fake it, not to splice in a reference.
 */
const MANUAL_RULES: ManualRule[] = [
  {
    applies: (t, input) => t.kind === 'private-key' || t.kind === 'certificate' || input.fileKind === 'pem',
    reason: (t, input) =>
      t.store === 'remove'
        ? `key file: delete it (\`git rm ${input.path}\`), issue a new key and load it at deploy time from a store or an agent; the old key stays in git history, so revoke it (manual edit needed)`
        : `key file: delete it (\`git rm ${input.path}\`) and write it at deploy time from ${describeStore(t)} (\`${fetchCommand(t)} > <file> && chmod 600 <file>\`); it stays in git history, so rotate it (manual edit needed)`,
  },
  {
    applies: (_t, input) => TEST_FIXTURE_PATH.test(input.path),
    reason: (t) =>
      `test fixture: replace the value with an obviously fake one (generated at test time); the real value now lives in ${describeStore(t)} and tests should not need it (manual edit needed)`,
  },
];

/** The manual-edit reason for a target in a file kind that has no rewriter. */
export function noRewriterReason(t: RewriteTarget, input: RewriteInput): string {
  const rule = MANUAL_RULES.find((r) => r.applies(t, input));
  return rule ? rule.reason(t, input) : `no rewriter for ${input.fileKind} files: replace the value with a read of ${describeStore(t)} by hand (manual edit needed)`;
}
