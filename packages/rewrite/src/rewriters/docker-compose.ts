import { describeStore, fetchCommand } from '../references.js';
import { REMOVE_MANUAL, yamlScalarRewriter } from './yaml-scalar.js';

/** Compose has no store resolver: interpolate from the environment of `docker compose up`, failing when unset. */
export const dockerCompose = yamlScalarRewriter({
  reference: (t) => (t.store === 'remove' ? REMOVE_MANUAL : `\${${t.envName}:?missing}`),
  notes: (t) => [
    `Export \`${t.envName}\` before \`docker compose up\` from ${describeStore(t)} (\`${t.envName}=$(${fetchCommand(t)})\`, \`chamber exec\`, or your deploy step); never write it into a committed .env.`,
  ],
});
