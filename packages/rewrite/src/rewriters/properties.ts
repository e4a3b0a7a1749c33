import { PlanBuilder } from '../plan.js';
import { envInjectionNote } from '../references.js';
import type { Rewriter } from '../types.js';

/** `.properties` / Spring: the secret's characters become a `${NAME}` placeholder, the rest of the value stays. */
export const properties: Rewriter = {
  plan(input) {
    const plan = new PlanBuilder();
    for (const t of input.targets) {
      if (t.store === 'remove') {
        plan.manualFor(t, 'credential marked for removal: delete the property and use a role or profile (manual edit needed)');
        continue;
      }
      plan.edit(t.span.start, t.span.end, `\${${t.envName}}`);
      plan.note(envInjectionNote(t));
    }
    if (plan.edits.length > 0) plan.note('Spring resolves `${NAME}` placeholders from the environment; plain `java.util.Properties` readers need to expand them.');
    return plan;
  },
};
