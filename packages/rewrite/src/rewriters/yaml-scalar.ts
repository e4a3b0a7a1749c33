import { PlanBuilder } from '../plan.js';
import { parseYamlDocuments, scalarAt, yamlSyntaxError } from '../yaml-locate.js';
import { replaceInScalar } from '../yaml-edit.js';
import type { RewriteInput, RewritePlan, Rewriter, RewriteTarget } from '../types.js';

export interface YamlReferenceStyle {
  /** The reference replacing the secret, or a reason it cannot be referenced from this file kind. */
  reference(t: RewriteTarget, input: RewriteInput): string | { manual: string };
  /** Next steps for the report, per target. */
  notes(t: RewriteTarget): string[];
}

/** One rewriter for YAML files whose secrets become an interpolation or expression in the same scalar. */
export function yamlScalarRewriter(style: YamlReferenceStyle): Rewriter {
  return {
    plan(input): RewritePlan {
      const plan = new PlanBuilder();
      const docs = parseYamlDocuments(input.text);
      for (const t of input.targets) {
        const reference = style.reference(t, input);
        if (typeof reference !== 'string') {
          plan.manualFor(t, reference.manual);
          continue;
        }
        const loc = scalarAt(docs, t.span.start);
        if (!loc || t.span.end > loc.contentEnd) {
          plan.manualFor(t, 'secret is not inside one YAML scalar value (manual edit needed)');
          continue;
        }
        replaceInScalar(plan, loc, t, reference);
        for (const n of style.notes(t)) plan.note(n);
      }
      return plan;
    },
    validate: (text) => yamlSyntaxError(text),
  };
}

export const REMOVE_MANUAL = { manual: 'credential marked for removal: delete it and use a role, profile or OIDC (manual edit needed)' };
