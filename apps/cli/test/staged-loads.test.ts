import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsKeyId, git, githubToken, stagedRepo, writeFiles, type tempRepo } from './scan-helpers.js';
import { ensureBuilt, runUnleak } from './built-cli.js';

/**
 * What `scan --staged` loads, seen from inside the process: an ESM resolve hook (module.register) records
 * every import, and a wrapper around Module._load records every require(), including the requires nested
 * inside CommonJS packages. The heavy dependencies must not appear; the positive control shows that the
 * recorder does see them when a command really loads them.
 */
const HEAVY = /\/node_modules\/(ts-morph|@ts-morph\/[^/]+|typescript|@aws-sdk\/[^/]+|@smithy\/[^/]+|node-vault|ink|react|react-reconciler|yoga-layout)\//;
/**
 * Every third-party package the staged path may load: gitignore matching, the classifier's globs, and yaml
 * (imported by the scanner's YAML extractor and the classifier's policy loader). A new one is a decision.
 */
const ALLOWED_PACKAGES = ['ignore', 'picomatch', 'yaml'];

function packagesIn(modules: string[]): string[] {
  const names = modules.map((m) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(m)?.[1]).filter((n): n is string => n !== undefined);
  return [...new Set(names)].sort();
}

const HOOKS = `
import { appendFileSync } from 'node:fs';
let log;
export async function initialize(data) { log = data.log; }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(log, 'esm ' + resolved.url + '\\n');
  return resolved;
}
`;
const RECORDER = `
import Module, { register } from 'node:module';
import { appendFileSync } from 'node:fs';
const log = process.env.UNLEAK_TEST_LOAD_LOG;
register(new URL('./hooks.mjs', import.meta.url), { data: { log } });
const load = Module._load;
Module._load = function (request, parent, isMain) {
  try { appendFileSync(log, 'cjs ' + Module._resolveFilename(request, parent, isMain) + '\\n'); } catch {}
  return load.apply(this, arguments);
};
`;

describe('scan --staged loads nothing heavy (built CLI, module-load recorder)', () => {
  let recorderDir: string;
  let repo: ReturnType<typeof tempRepo>;

  beforeAll(() => {
    ensureBuilt();
    recorderDir = mkdtempSync(join(tmpdir(), 'unleak-loads-'));
    writeFileSync(join(recorderDir, 'hooks.mjs'), HOOKS);
    writeFileSync(join(recorderDir, 'recorder.mjs'), RECORDER);
    repo = stagedRepo({});
  }, 60_000);
  afterAll(() => {
    rmSync(recorderDir, { recursive: true, force: true });
    repo.cleanup();
  });

  function loadsOf(name: string, args: string[]): { modules: string[]; status: number | null; output: string } {
    const log = join(recorderDir, `${name}.log`);
    writeFileSync(log, '');
    const r = runUnleak(repo.root, args, { nodeArgs: ['--import', pathToFileURL(join(recorderDir, 'recorder.mjs')).href], env: { UNLEAK_TEST_LOAD_LOG: log } });
    return { modules: readFileSync(log, 'utf8').split('\n').filter(Boolean), status: r.status, output: r.stdout + r.stderr };
  }

  it('a clean staged scan', () => {
    writeFiles(repo.root, { 'src/app.ts': 'export const a = 1;\n', 'config/app.json': '{"port": 8080}\n', 'deploy.yaml': 'replicas: 2\n' });
    git(repo.root, 'add', '.');
    const { modules, status, output } = loadsOf('clean', ['scan', '--staged']);
    expect(output).toContain('scanned 3 files');
    expect(status).toBe(0);
    expect(modules.some((m) => m.includes('/apps/cli/dist/'))).toBe(true);
    expect(modules.filter((m) => HEAVY.test(m))).toEqual([]);
    expect(packagesIn(modules).filter((p) => !ALLOWED_PACKAGES.includes(p))).toEqual([]);
  });

  it('a staged scan with findings (the classifier runs too)', () => {
    writeFiles(repo.root, { 'src/keys.ts': `export const k = "${awsKeyId('load1')}";\n`, '.env': `GITHUB_TOKEN=${githubToken('load2')}\n` });
    git(repo.root, 'add', '.');
    const { modules, status, output } = loadsOf('findings', ['scan', '--staged']);
    expect(status).toBe(1);
    expect(output).toContain('2 findings');
    expect(modules.filter((m) => HEAVY.test(m))).toEqual([]);
    expect(packagesIn(modules).filter((p) => !ALLOWED_PACKAGES.includes(p))).toEqual([]);
  });

  it('positive control: previewing a TypeScript rewrite loads ts-morph, and the recorder sees its ESM import and nested requires', () => {
    const plan = join(recorderDir, 'plan.yaml');
    expect(runUnleak(repo.root, ['migrate', '--plan-out', plan]).status).toBe(0);
    const { modules, status } = loadsOf('control', ['apply', plan, '--dry-run']);
    expect(status).toBe(0);
    expect(modules.some((m) => /^esm .*\/node_modules\/ts-morph\//.test(m))).toBe(true);
    expect(modules.some((m) => /^cjs .*\/node_modules\/@ts-morph\/common\//.test(m))).toBe(true);
    expect(modules.filter((m) => HEAVY.test(m)).length).toBeGreaterThan(0);
    expect(packagesIn(modules)).toContain('ts-morph');
  }, 60_000);
});
