import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: Object.fromEntries(
      ['core', 'scanner', 'classifier', 'stores', 'rewrite', 'sandbox', 'migrate', 'demo'].map((n) => [`@unleak/${n}`, pkg(n)]),
    ),
  },
  test: {
    include: ['{packages,apps,tools}/*/{src,test}/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    reporters: ['default', './tools/vitest/summary-reporter.ts'],
  },
});
