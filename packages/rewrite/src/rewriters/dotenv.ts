import { PlanBuilder } from '../plan.js';
import { describeStore } from '../references.js';
import { lineEnd, lineStart } from '../text.js';
import type { Rewriter } from '../types.js';

const ASSIGNMENT = /^(\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=\s*)/;

/**
 * `.env` values are emptied (the keys stay, so tools still see which variables exist); the keys go to a
 * sibling `.env.example` and the file to `.gitignore`.
 */
export const dotenv: Rewriter = {
  plan(input) {
    const plan = new PlanBuilder();
    const { text } = input;
    const dir = input.path.includes('/') ? input.path.slice(0, input.path.lastIndexOf('/') + 1) : '';
    const base = input.path.slice(dir.length);
    for (const t of input.targets) {
      const start = lineStart(text, t.span.start);
      const end = lineEnd(text, t.span.start);
      const m = ASSIGNMENT.exec(text.slice(start, end));
      if (!m || start + m[1]!.length > t.span.start) {
        plan.manualFor(t, 'secret is not the value of a KEY=value line (manual edit needed)');
        continue;
      }
      const valueStart = start + m[1]!.length;
      const rest = text.slice(valueStart, end);
      const unquotedComment = /^[^'"]\S*(\s+#.*)$/.exec(rest)?.[1] ?? '';
      plan.edit(valueStart, end - unquotedComment.length, '');
      plan.extra({ path: `${dir}.env.example`, text: `${m[2]}=\n`, mode: 'append-once' });
      plan.note(`\`${m[2]}\` in \`${input.path}\` is now empty: fill it locally from ${describeStore(t)}; never commit the value.`);
    }
    if (plan.edits.length > 0 && base !== '.env.example') {
      plan.extra({ path: `${dir}.gitignore`, text: `${base}\n`, mode: 'append-once' });
      plan.note(`\`${input.path}\` is ignored from now on; if it is tracked, run \`git rm --cached ${input.path}\` and rotate its values, which stay in git history.`);
    }
    return plan;
  },
};
