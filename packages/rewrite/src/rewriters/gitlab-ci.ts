import { describeStore } from '../references.js';
import type { RewriteInput, RewriteTarget } from '../types.js';
import { scalarAt, parseYamlDocuments } from '../yaml-locate.js';
import { coversScalar } from '../yaml-edit.js';
import { yamlScalarRewriter } from './yaml-scalar.js';

/** `$NAME` for a whole value, `${NAME}` inside a longer one so following characters do not join the name. */
function reference(t: RewriteTarget, input: RewriteInput): string {
  const loc = scalarAt(parseYamlDocuments(input.text), t.span.start);
  return loc && coversScalar(loc, t) ? `$${t.envName}` : `\${${t.envName}}`;
}

export const gitlabCi = yamlScalarRewriter({
  reference,
  notes: (t) => [
    `Add \`${t.envName}\` as a masked, protected CI/CD variable (Settings → CI/CD → Variables) from ${describeStore(t)}, or read it in the job with GitLab's AWS Secrets Manager / Vault integration.`,
  ],
  removalNote: (_t, input) =>
    `Removed static AWS credentials from \`${input.path}\`: give the job an \`id_tokens\` token and exchange it with \`aws sts assume-role-with-web-identity\` (GitLab OIDC), or run on a runner with an instance role; delete the access key in IAM.`,
});
