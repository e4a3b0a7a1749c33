// Bundles the CLI and the @unleak packages into dist/; third-party packages stay external and load
// lazily where the sources use import(), so `unleak scan` never loads ink, react, ts-morph or the AWS SDK.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const rootPkg = JSON.parse(readFileSync(here('../../package.json'), 'utf8'));
const external = [...Object.keys(rootPkg.dependencies ?? {}), ...Object.keys(rootPkg.devDependencies ?? {})];

await build({
  entryPoints: { main: here('src/main.ts') },
  outdir: here('dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  tsconfig: here('tsconfig.json'),
  external,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __unleakCreateRequire } from 'node:module'; const require = __unleakCreateRequire(import.meta.url);" },
});
