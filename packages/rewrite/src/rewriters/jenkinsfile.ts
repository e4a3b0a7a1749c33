import { enclosingBlockHeaders } from '../block-scope.js';
import { PlanBuilder } from '../plan.js';
import { describeStore, identifierFor } from '../references.js';
import { quotedLiteralAround } from '../text.js';
import type { Rewriter } from '../types.js';

/**
 * In a declarative `environment { X = '…' }` block the literal becomes `credentials('id')`; elsewhere
 * Jenkins needs `withCredentials`, which changes the code's shape, so it is left for a person.
 */
export const jenkinsfile: Rewriter = {
  plan(input) {
    const plan = new PlanBuilder();
    for (const t of input.targets) {
      const literal = quotedLiteralAround(input.text, t.span, ["'''", '"""', '"', "'"]);
      const inEnvironment = enclosingBlockHeaders(input.text, t.span.start).at(-1) === 'environment';
      const assigned = literal !== undefined && /^\s*[A-Za-z_]\w*\s*=\s*$/.test(input.text.slice(input.text.lastIndexOf('\n', literal.start) + 1, literal.start));
      if (t.store === 'remove' || !literal || !inEnvironment || !assigned) {
        plan.manualFor(t, 'Jenkins reads secrets through `credentials(\'id\')` in an `environment {}` block or `withCredentials`; move the value there (manual edit needed)');
        continue;
      }
      if (literal.contentStart !== t.span.start || literal.contentEnd !== t.span.end) plan.widen(t, { start: literal.start, end: literal.end });
      const id = identifierFor(t.name, '-');
      plan.edit(literal.start, literal.end, `credentials('${id}')`);
      plan.note(`Create the Jenkins credential \`${id}\` (Secret text) from ${describeStore(t)}, or serve it with the AWS Secrets Manager Credentials Provider plugin.`);
    }
    return plan;
  },
};
