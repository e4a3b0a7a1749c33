import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
// @ts-expect-error plain .mjs dev tool without type declarations
import { CREDENTIAL_FILE_RECIPES, RECIPE_NAMES, createRng, generateCorpus } from '../corpus.mjs';

interface Placed { file: string; line: number; endLine?: number; recipe?: string; kind?: string }
interface Manifest { files: number; bytes: number; scannedBytes: number; ignoredBytes: number; planted: Placed[]; decoys: Placed[] }

const SIZE = 4 * 1024 * 1024;

/** What each recipe's value looks like on its line; generic ones are recognised by their URL or key. */
const SHAPES: Record<string, RegExp> = {
  'aws-access-key-id': /AKIA[A-Z2-7]{16}/,
  'aws-secret-access-key': /secret_?access_?key\S*\s*[:=]\s*["']?[A-Za-z0-9+/]{40}/i,
  'github-pat': /ghp_[A-Za-z0-9]{36}/,
  'github-oauth': /gho_[A-Za-z0-9]{36}/,
  'github-fine-grained': /github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}/,
  'gitlab-pat': /glpat-[A-Za-z0-9]{20}/,
  'slack-bot-token': /xoxb-\d{11}-\d{13}-[A-Za-z0-9]{24}/,
  'slack-webhook': /hooks\.slack\.com\/services\/T[A-Z]{8}\/B[A-Z]{10}\/[A-Za-z0-9]{24}/,
  'stripe-live': /sk_live_[A-Za-z0-9]{24}/,
  'stripe-restricted': /rk_live_[A-Za-z0-9]{24}/,
  'npm-token': /npm_[A-Za-z0-9]{36}/,
  'sendgrid-api-key': /SG\.[\w-]{22}\.[\w-]{43}/,
  'twilio-api-key': /SK[0-9a-f]{32}/,
  'google-api-key': /AIza[\w-]{35}/,
  'openai-api-key': /sk-proj-[\w-]{74}T3BlbkFJ[\w-]{74}/,
  'anthropic-api-key': /sk-ant-api03-[\w-]{93}AA/,
  'huggingface-token': /hf_[A-Za-z0-9]{34}/,
  'shopify-access-token': /shpat_[0-9a-f]{32}/,
  'digitalocean-token': /dop_v1_[0-9a-f]{64}/,
  'docker-hub-pat': /dckr_pat_[\w-]{27}/,
  'jwt': /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{43}/,
  'postgres-url': /postgres:\/\/\w+:[A-Za-z0-9]{18}@/,
  'mysql-url': /mysql:\/\/\w+:[A-Za-z0-9]{16}@/,
  'mongodb-url': /mongodb\+srv:\/\/\w+:[A-Za-z0-9]{20}@/,
  'redis-url': /redis:\/\/default:[A-Za-z0-9]{24}@/,
  'amqp-url': /amqp:\/\/\w+:[A-Za-z0-9]{18}@/,
  'generic-password': /pass/i,
  'generic-secret': /secret/i,
  'generic-api-key': /api.?key/i,
  'pypi-token': /pypi-AgEIcHlwaS5vcmc[\w-]{70}/,
  'npmrc-auth-token': /^\/\/registry\.npmjs\.org\/:_authToken=npm_[A-Za-z0-9]{36}$/,
  'pypirc-password': /^password = pypi-/,
  'netrc-password': /^machine \S+ login \S+ password [A-Za-z0-9]{22}$/,
  'docker-config-auth': /^ {6}"auth": "[A-Za-z0-9+/=]{40,}"$/,
  'htpasswd-hash': /^admin:\$apr1\$/,
  'rsa-private-key': /-----BEGIN RSA PRIVATE KEY-----/,
  'ec-private-key': /-----BEGIN EC PRIVATE KEY-----/,
  'openssh-private-key': /-----BEGIN OPENSSH PRIVATE KEY-----/,
  'pkcs8-private-key': /-----BEGIN PRIVATE KEY-----/,
};

async function treeHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (d: string): Promise<void> => {
    const entries = (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const path = join(d, e.name);
      if (e.isDirectory()) await walk(path);
      else hash.update(relative(dir, path).split(sep).join('/')).update('\0').update(await readFile(path)).update('\0');
    }
  };
  await walk(dir);
  return hash.digest('hex');
}

let scratch: string;
let manifest: Manifest;
const lineOf = async (file: string, line: number) => (await readFile(join(scratch, 'a', 'repo', file), 'utf8')).split('\n')[line - 1] ?? '';

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'unleak-bench-'));
  manifest = generateCorpus({ size: SIZE, out: join(scratch, 'a'), seed: 'unit' });
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('createRng', () => {
  it('repeats for a seed and differs across seeds', () => {
    const draw = (seed: string) => Array.from({ length: 5 }, createRng(seed).next);
    expect(draw('x')).toEqual(draw('x'));
    expect(draw('x')).not.toEqual(draw('y'));
  });
});

describe('generateCorpus', () => {
  it('produces the same tree and manifest for the same seed, another for another seed', async () => {
    const again = generateCorpus({ size: SIZE, out: join(scratch, 'b'), seed: 'unit' });
    expect(again).toEqual(manifest);
    expect(await treeHash(join(scratch, 'b', 'repo'))).toBe(await treeHash(join(scratch, 'a', 'repo')));
    expect(JSON.parse(await readFile(join(scratch, 'a', 'manifest.json'), 'utf8'))).toEqual(manifest);
    const other = generateCorpus({ size: SIZE, out: join(scratch, 'c'), seed: 'other' });
    expect(await treeHash(join(scratch, 'c', 'repo'))).not.toBe(await treeHash(join(scratch, 'a', 'repo')));
    expect(other.planted).not.toEqual(manifest.planted);
  });

  it('hits the target size and git-ignores a share of it', () => {
    expect(manifest.bytes).toBeGreaterThan(SIZE * 0.85);
    expect(manifest.bytes).toBeLessThan(SIZE * 1.25);
    expect(manifest.ignoredBytes).toBeGreaterThan(SIZE * 0.1);
    expect(manifest.scannedBytes + manifest.ignoredBytes).toBe(manifest.bytes);
  });

  it('plants many providers, each at the line the manifest names', async () => {
    expect(manifest.planted.length).toBeGreaterThan(20);
    expect(new Set(manifest.planted.map((p) => p.recipe)).size).toBeGreaterThan(15);
    for (const p of manifest.planted) {
      const shape = SHAPES[p.recipe ?? ''];
      expect(shape, p.recipe).toBeDefined();
      expect(await lineOf(p.file, p.line), `${p.file}:${p.line} ${p.recipe}`).toMatch(shape!);
      if (p.endLine !== p.line) expect(await lineOf(p.file, p.endLine ?? 0)).toMatch(/-----END [A-Z ]*PRIVATE KEY-----/);
    }
    expect(Object.keys(SHAPES).sort()).toEqual([...RECIPE_NAMES, ...CREDENTIAL_FILE_RECIPES].sort());
    expect(new Set(manifest.planted.map((p) => p.recipe))).toEqual(new Set(Object.keys(SHAPES)));
  });

  it('lists decoys at real lines and keeps planted values out of them', async () => {
    expect(new Set(manifest.decoys.map((d) => d.kind))).toEqual(
      new Set(['placeholder', 'env-lookup', 'documentation-example', 'hash', 'identifier', 'lockfile-integrity', 'ignored-path']),
    );
    for (const d of manifest.decoys.filter((x) => x.kind !== 'ignored-path')) {
      const line = await lineOf(d.file, d.line);
      const why = `${d.file}:${d.line}`;
      // AWS's documented example values have the real shape; that is the point of the decoy.
      if (d.kind === 'documentation-example') expect(line, why).toMatch(/AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI\/K7MDENG\/bPxRfiCYEXAMPLEKEY/);
      else for (const [recipe, shape] of Object.entries(SHAPES)) if (!recipe.startsWith('generic')) expect(line, why).not.toMatch(shape);
    }
  });

  it('puts the ignored trees in .gitignore', async () => {
    const gitignore = await readFile(join(scratch, 'a', 'repo', '.gitignore'), 'utf8');
    expect(gitignore).toMatch(/^node_modules\/$/m);
    expect(gitignore).toMatch(/^dist\/$/m);
    const ignored = manifest.decoys.filter((d) => d.kind === 'ignored-path').map((d) => d.file);
    for (const f of ignored) expect(f).toMatch(/(^node_modules\/|\/dist\/)/);
  });

  it('never writes a value into the manifest', async () => {
    const text = await readFile(join(scratch, 'a', 'manifest.json'), 'utf8');
    for (const [recipe, shape] of Object.entries(SHAPES)) if (!recipe.startsWith('generic')) expect(text, recipe).not.toMatch(shape);
  });

  it('rejects a size it cannot read', () => {
    expect(() => generateCorpus({ size: 'huge', out: join(scratch, 'd') })).toThrow(/--size 'huge' is not a size/);
  });
});
