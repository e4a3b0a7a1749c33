import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '@unleak/core';

export const EXAMPLE_NAMES = ['legacy-shop'] as const;
export type ExampleName = (typeof EXAMPLE_NAMES)[number];

/**
 * The template folder of a bundled example. Walks up from this module, so it works from the sources
 * (packages/demo/src) and from the CLI bundle (apps/cli/dist) alike.
 */
export function exampleTemplateDir(name: ExampleName = 'legacy-shop'): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'examples', name);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new UsageError(`example '${name}' not found in any 'examples/' folder above ${start}; run unleak from a checkout of the unleak repository`);
}
