import { noRewriterReason } from './manual-reasons.js';
import { PlanBuilder } from './plan.js';
import { REWRITERS } from './registry.js';
import { applyEdits, lineOf } from './text.js';
import type { RewriteInput, RewriteResult } from './types.js';

/**
 * Replace every target in one file by a reference to its store. Pure: returns the new text and the extra
 * files to create or append to; writes nothing. A rewrite that would break the file's syntax is dropped
 * whole and every target goes to `manual`.
 */
export async function rewriteFile(input: RewriteInput): Promise<RewriteResult> {
  const problems = checkTargets(input);
  if (problems.length > 0) return { text: input.text, changed: false, notes: [], manual: problems };
  const rewriter = REWRITERS[input.fileKind];
  const plan = rewriter ? await rewriter.plan(input) : noRewriterPlan(input);
  const { text, rejected } = applyEdits(input.text, plan.edits);
  const manual = [...plan.manual, ...rejected.map((e) => ({ line: lineOf(input.text, e.start), reason: 'overlaps another rewrite on this line (manual edit needed)' }))];
  if (text !== input.text && rewriter?.validate) {
    const broken = await rewriter.validate(text, input);
    if (broken) {
      const reason = `rewrite skipped because the result would not parse: ${broken} (manual edit needed)`;
      return { text: input.text, changed: false, notes: [], manual: input.targets.map((t) => ({ line: t.line, reason })) };
    }
  }
  const result: RewriteResult = { text, changed: text !== input.text, notes: plan.notes, manual: manual.sort((a, b) => a.line - b.line) };
  if (plan.extraFiles.length > 0) result.extraFiles = plan.extraFiles;
  if (plan.widened.length > 0) result.widened = plan.widened;
  return result;
}

/** Every target to manual, each with the reason that fits it (a key file, a test fixture, an unknown kind). */
function noRewriterPlan(input: RewriteInput): PlanBuilder {
  const plan = new PlanBuilder();
  for (const t of input.targets) plan.manualFor(t, noRewriterReason(t, input));
  return plan;
}

/** Spans outside the text or envNames that are not identifiers cannot be rewritten safely. */
function checkTargets(input: RewriteInput): { line: number; reason: string }[] {
  const problems: { line: number; reason: string }[] = [];
  for (const t of input.targets) {
    if (!(Number.isInteger(t.span.start) && Number.isInteger(t.span.end) && 0 <= t.span.start && t.span.start < t.span.end && t.span.end <= input.text.length))
      problems.push({ line: t.line, reason: `span ${t.span.start}..${t.span.end} is outside ${input.path} (${input.text.length} characters); re-scan the file` });
    else if (!isEnvName(t.envName))
      problems.push({ line: t.line, reason: `env name '${t.envName}' is not an identifier; use letters, digits and _ (e.g. DB_PASSWORD)` });
  }
  return problems;
}

function isEnvName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}

