import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fake } from '@unleak/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan as scanInProcess } from '../src/index.js';
import { awsKey, tempDir, writeTree } from './helpers.js';

const here = new URL('.', import.meta.url).pathname;

/**
 * Worker threads run only from built JavaScript, so this bundles the package (as the CLI build does) and
 * compares a pooled scan of a tree with more files than the pool threshold against the in-process scan.
 */
describe('scan over worker threads', () => {
  const dir = tempDir('unleak-pool-');
  const out = tempDir('unleak-pool-build-');
  let bundled: { scan: typeof scanInProcess };

  beforeAll(async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) {
      const pw = fake.password(18, `pool-${i}`);
      files[`svc-${i % 7}/config-${i}.yml`] = `app:\n  name: svc-${i}\n  db:\n    user: app\n    password: ${pw}\n`;
      files[`svc-${i % 7}/client-${i}.ts`] = `const region = 'eu-west-1';\nconst accessKeyId = '${awsKey(`pool-${i}`)}';\n`;
      files[`svc-${i % 7}/notes-${i}.md`] = `# Notes\n\nNothing to see here.\n`;
    }
    files['big/bundle.min.js'] = `var a=1;`.repeat(10);
    writeTree(dir.path, files);
    await build({
      entryPoints: [join(here, '../src/index.ts')],
      outfile: join(out.path, 'scanner.js'),
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      tsconfig: join(here, '../../../tsconfig.base.json'),
      logLevel: 'silent',
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    });
    bundled = await import(pathToFileURL(join(out.path, 'scanner.js')).href);
  }, 60_000);

  afterAll(() => {
    dir.cleanup();
    out.cleanup();
  });

  it('finds what the in-process scan finds, in the same order and places', async () => {
    const [pooled, local] = await Promise.all([bundled.scan({ root: dir.path }), scanInProcess({ root: dir.path })]);
    const view = (r: typeof pooled) => r.detections.map((d) => [d.rule, d.file, d.line, d.column, d.fingerprint, d.context.key]);
    expect(local.detections.length).toBeGreaterThanOrEqual(300);
    expect(view(pooled)).toEqual(view(local));
    expect(pooled.stats.files).toBe(local.stats.files);
    expect(pooled.stats.bytes).toBe(local.stats.bytes);
  });
});
