import { describeStore } from '../references.js';
import type { RewriteTarget } from '../types.js';
import { yamlScalarRewriter } from './yaml-scalar.js';

/** Non-secret configuration (SSM String) becomes a configuration variable, which Actions does not mask. */
const isConfig = (t: RewriteTarget) => t.store === 'ssm-string';

export const githubActions = yamlScalarRewriter({
  reference: (t) => (isConfig(t) ? `\${{ vars.${t.envName} }}` : `\${{ secrets.${t.envName} }}`),
  notes: (t) => [
    isConfig(t)
      ? `Create the repository variable \`${t.envName}\` (\`gh variable set ${t.envName}\`) from ${describeStore(t)}.`
      : `Create the repository secret \`${t.envName}\` (\`gh secret set ${t.envName}\`) from ${describeStore(t)}, or fetch it in the job with \`aws-actions/configure-aws-credentials\` (OIDC) then \`aws-actions/aws-secretsmanager-get-secrets@v2\`.`,
  ],
  removalNote: (_t, input) =>
    `Removed static AWS credentials from \`${input.path}\`: add \`permissions: id-token: write\` and an \`aws-actions/configure-aws-credentials@v4\` step with \`role-to-assume\` (GitHub OIDC) before the steps that call AWS; delete the access key in IAM.`,
});
