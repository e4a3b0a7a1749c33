import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = join(here, '..', '..', '..');
const made: string[] = [];

/** Bundles exampleTemplateDir() the way apps/cli/build.mjs does and loads it from `outdir`. */
async function bundledTemplateDir(outdir: string): Promise<() => string> {
  made.push(outdir);
  await build({
    entryPoints: { locate: join(here, '..', 'src', 'template-dir.ts') },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: join(here, '..', 'tsconfig.json'),
    logLevel: 'silent',
  });
  const mod = (await import(pathToFileURL(join(outdir, 'locate.js')).href)) as { exampleTemplateDir: () => string };
  return mod.exampleTemplateDir;
}

afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

describe('exampleTemplateDir from a bundle', () => {
  it('finds examples/ by walking up from a dist folder inside the checkout', async () => {
    const locate = await bundledTemplateDir(await mkdtemp(join(here, '.bundle-')));
    expect(locate()).toBe(join(workspaceRoot, 'examples', 'legacy-shop'));
  });

  it('names the example and what to do when there is no checkout around it', async () => {
    const locate = await bundledTemplateDir(await mkdtemp(join(tmpdir(), 'unleak-bundle-')));
    expect(locate).toThrow(/example 'legacy-shop' not found in any 'examples\/' folder above .*; run unleak from a checkout/);
  });
});
