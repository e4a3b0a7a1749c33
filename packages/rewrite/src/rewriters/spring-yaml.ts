import { noRewriterReason } from '../manual-reasons.js';
import { PlanBuilder } from '../plan.js';
import { envInjectionNote } from '../references.js';
import type { RewriteInput, Rewriter } from '../types.js';
import { yamlScalarRewriter } from './yaml-scalar.js';

/** Spring Boot's config files: `application.yml`, `application-prod.yaml`, `bootstrap.yml`. */
const SPRING_CONFIG = /(?:^|\/)(?:application|bootstrap)(?:-[A-Za-z0-9_.-]+)?\.ya?ml$/;

export function isSpringConfig(path: string): boolean {
  return SPRING_CONFIG.test(path);
}

/** Spring resolves `${NAME}` from the environment in YAML as in `.properties`; the rest of the value stays. */
const springPlaceholders = yamlScalarRewriter({
  reference: (t) => `\${${t.envName}}`,
  notes: (t) => [envInjectionNote(t), 'Spring resolves `${NAME}` placeholders in application.yml from the environment at start-up.'],
});

/**
 * Plain YAML has no reference syntax of its own, so only files a known reader interpolates are rewritten
 * (Spring Boot config); every other YAML target stays manual with the reason.
 */
export const yaml: Rewriter = {
  plan(input: RewriteInput) {
    if (isSpringConfig(input.path)) return springPlaceholders.plan(input);
    const plan = new PlanBuilder();
    for (const t of input.targets) plan.manualFor(t, noRewriterReason(t, input));
    return plan;
  },
  validate: (text, input) => springPlaceholders.validate?.(text, input),
};
