import { PlanBuilder } from '../plan.js';
import { envInjectionNote } from '../references.js';
import type { Rewriter } from '../types.js';

/** npm, pnpm and yarn expand `${NAME}` in `.npmrc` from the environment, so the token's characters become one. */
export const npmrc: Rewriter = {
  plan(input) {
    const plan = new PlanBuilder();
    for (const t of input.targets) {
      if (t.store === 'remove') {
        plan.manualFor(t, 'credential marked for removal: delete the line and log in with `npm login` or OIDC (manual edit needed)');
        continue;
      }
      plan.edit(t.span.start, t.span.end, `\${${t.envName}}`);
      plan.note(envInjectionNote(t));
    }
    return plan;
  },
};
