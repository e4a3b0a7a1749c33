import { describeStore, fetchCommand } from '../references.js';
import { yamlScalarRewriter } from './yaml-scalar.js';

/** Compose has no store resolver: interpolate from the environment of `docker compose up`, failing when unset. */
export const dockerCompose = yamlScalarRewriter({
  reference: (t) => `\${${t.envName}:?missing}`,
  notes: (t) => [
    `Export \`${t.envName}\` before \`docker compose up\` from ${describeStore(t)} (\`${t.envName}=$(${fetchCommand(t)})\`, \`chamber exec\`, or your deploy step); never write it into a committed .env.`,
  ],
  removalNote: (_t, input) =>
    `Removed static AWS credentials from \`${input.path}\`: the SDK in the container falls back to its default chain, so run it with a task or instance role, or mount \`~/.aws\` read-only and set \`AWS_PROFILE\` for local runs; delete the access key in IAM.`,
});
