import { describeStore } from '../references.js';
import type { RewriteInput, RewriteTarget } from '../types.js';
import { scalarAt, parseYamlDocuments } from '../yaml-locate.js';
import { coversScalar } from '../yaml-edit.js';
import { REMOVE_MANUAL, yamlScalarRewriter } from './yaml-scalar.js';

/** `$NAME` for a whole value, `${NAME}` inside a longer one so following characters do not join the name. */
function reference(t: RewriteTarget, input: RewriteInput): string | { manual: string } {
  if (t.store === 'remove') return REMOVE_MANUAL;
  const loc = scalarAt(parseYamlDocuments(input.text), t.span.start);
  return loc && coversScalar(loc, t) ? `$${t.envName}` : `\${${t.envName}}`;
}

export const gitlabCi = yamlScalarRewriter({
  reference,
  notes: (t) => [
    `Add \`${t.envName}\` as a masked, protected CI/CD variable (Settings → CI/CD → Variables) from ${describeStore(t)}, or read it in the job with GitLab's AWS Secrets Manager / Vault integration.`,
  ],
});
