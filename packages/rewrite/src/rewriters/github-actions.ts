import { describeStore } from '../references.js';
import { REMOVE_MANUAL, yamlScalarRewriter } from './yaml-scalar.js';

export const githubActions = yamlScalarRewriter({
  reference: (t) => (t.store === 'remove' ? REMOVE_MANUAL : `\${{ secrets.${t.envName} }}`),
  notes: (t) => [
    `Create the repository secret \`${t.envName}\` (\`gh secret set ${t.envName}\`) from ${describeStore(t)}, or fetch it in the job with \`aws-actions/configure-aws-credentials\` (OIDC) then \`aws-actions/aws-secretsmanager-get-secrets@v2\`.`,
  ],
});
