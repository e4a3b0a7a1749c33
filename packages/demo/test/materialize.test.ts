import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';
import { UsageError } from '@unleak/core';
import {
  FAKE_MARKER,
  RECIPES,
  RECIPE_NAMES,
  exampleTemplateDir,
  locateDecoys,
  materializeExample,
  renderTemplate,
  type MaterializedExample,
} from '@unleak/demo';

const workspaceRoot = fileURLToPath(new URL('../../../', import.meta.url));

async function readTree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (d: string) => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.set(relative(dir, path).split(sep).join('/'), await readFile(path, 'utf8'));
    }
  };
  await walk(dir);
  return files;
}

let scratch: string;
let first: MaterializedExample;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'unleak-demo-'));
  first = await materializeExample(join(scratch, 'one'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('recipes', () => {
  it('are deterministic and depend on the seed', () => {
    for (const name of RECIPE_NAMES) {
      expect(RECIPES[name]('a')).toBe(RECIPES[name]('a'));
      expect(RECIPES[name]('a')).not.toBe(RECIPES[name]('b'));
    }
  });

  it('produce well-formed values for their provider', () => {
    expect(RECIPES['aws-access-key-id']('s')).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(RECIPES['github-pat']('s')).toMatch(/^ghp_[A-Za-z0-9]{36}$/);
    expect(RECIPES['stripe-live']('s')).toMatch(/^sk_live_[A-Za-z0-9]{24}$/);
    expect(RECIPES['slack-bot-token']('s')).toMatch(/^xoxb-\d{11}-\d{13}-[A-Za-z0-9]{24}$/);
    expect(RECIPES['npm-token']('s')).toMatch(/^npm_[A-Za-z0-9]{36}$/);
    expect(RECIPES['gitlab-pat']('s')).toMatch(/^glpat-[A-Za-z0-9]{20}$/);
    expect(RECIPES['rsa-private-key']('s')).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\nMII[A-Za-z0-9+/\n]+=\n-----END RSA PRIVATE KEY-----$/);
    expect(RECIPES['openssh-private-key']('s').split('\n').slice(1, -1).every((l) => l.length <= 64)).toBe(true);
    const [header, payload] = RECIPES.jwt('s').split('.');
    expect(JSON.parse(Buffer.from(header ?? '', 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString())).toHaveProperty('sub');
    expect(RECIPES['url-password']('s')).toMatch(/^[A-Za-z0-9_-]{20}$/);
  });
});

describe('renderTemplate', () => {
  it('records line and column of each planted value, also after multi-line values', () => {
    const template = 'a\nkey: {{fake:rsa-private-key:k}}\nnext = "{{fake:github-pat:x}}"\n';
    const { text, planted, problems } = renderTemplate('f.txt', template);
    expect(problems).toEqual([]);
    expect(planted.map((p) => [p.line, p.column, p.recipe])).toEqual([
      [2, 6, 'rsa-private-key'],
      [30, 9, 'github-pat'],
    ]);
    const lines = text.split('\n');
    expect(lines[29]?.slice(8, 12)).toBe('ghp_');
    expect(lines[29]).toContain(planted[1]?.value.reveal());
  });

  it('base64-encodes values of fake-b64 markers and records the decoded value', () => {
    const { text, planted } = renderTemplate('s.yaml', 'data:\n  PW: {{fake-b64:password:k}}\n');
    const encoded = text.split('\n')[1]?.slice('  PW: '.length) ?? '';
    expect(Buffer.from(encoded, 'base64').toString()).toBe(RECIPES.password('k'));
    expect(planted[0]).toMatchObject({ line: 2, column: 7, encoding: 'base64' });
    expect(planted[0]?.value.reveal()).toBe(RECIPES.password('k'));
  });

  it('reports unknown recipes with their line', () => {
    const { problems } = renderTemplate('f.txt', 'x\n{{fake:nope:1}}');
    expect(problems).toEqual([expect.stringMatching(/^f\.txt:2: unknown fake recipe 'nope'; use one of aws-access-key-id/)]);
  });
});

describe('materializeExample', () => {
  it('gives identical content, secrets and commit when run twice', async () => {
    const second = await materializeExample(join(scratch, 'two'));
    expect(await readTree(second.root)).toEqual(await readTree(first.root));
    expect(second.removed.map((s) => s.value.reveal())).toEqual(first.removed.map((s) => s.value.reveal()));
    expect(second.secrets.map((s) => [s.file, s.line, s.column, s.recipe, s.value.reveal()])).toEqual(
      first.secrets.map((s) => [s.file, s.line, s.column, s.recipe, s.value.reveal()]),
    );
    const head = (root: string) => execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    expect(head(second.root)).toBe(head(first.root));
  });

  it('replaces every marker and plants the values where it says', async () => {
    const tree = await readTree(first.root);
    for (const [file, text] of tree) expect(text, file).not.toMatch(/\{\{fake/);
    expect(first.secrets.length).toBeGreaterThanOrEqual(40);
    for (const s of first.secrets) {
      const line = tree.get(s.file)?.split('\n')[s.line - 1] ?? '';
      const shown = s.encoding === 'base64' ? Buffer.from(s.value.reveal()).toString('base64') : s.value.reveal().split('\n')[0];
      expect(line.slice(s.column - 1).startsWith(shown ?? '\0'), `${s.file}:${s.line}`).toBe(true);
    }
  });

  it('plants secrets across the file kinds of a legacy repo', () => {
    const files = new Set(first.secrets.map((s) => s.file));
    for (const f of [
      '.env', '.npmrc', 'Dockerfile', 'Jenkinsfile', 'docker-compose.yml', '.github/workflows/deploy.yml',
      'infra/terraform/main.tf', 'infra/cloudformation/stack.yaml', 'k8s/secret.yaml', 'k8s/deployment.yaml',
      'ansible/group_vars/all.yml', 'config/application.properties', 'scripts/deploy.sh', 'apps/api/src/config.ts',
      'services/billing/billing/settings.py', 'services/reports/src/main/java/com/legacyshop/reports/ReportsDb.java',
    ]) expect(files, f).toContain(f);
    const recipes = new Set(first.secrets.map((s) => s.recipe));
    expect(recipes.size).toBeGreaterThanOrEqual(15);
  });

  it('keeps YAML and JSON files parseable after planting', async () => {
    for (const [file, text] of await readTree(first.root)) {
      if (/\.ya?ml$/.test(file)) {
        for (const doc of parseAllDocuments(text)) expect(doc.errors.map((e) => e.message), file).toEqual([]);
      }
      if (file.endsWith('.json')) expect(() => JSON.parse(text), file).not.toThrow();
    }
  });

  it('commits everything to a git repository', () => {
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: first.root, encoding: 'utf8' });
    expect(status).toBe('');
    const tracked = execFileSync('git', ['ls-files'], { cwd: first.root, encoding: 'utf8' }).split('\n');
    expect(tracked).toContain('.env');
    expect(tracked).toContain('k8s/secret.yaml');
  });

  it('leaves some secrets only in git history', async () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: first.root, encoding: 'utf8' });
    const commits = git('log', '--format=%H %s').trim().split('\n');
    expect(commits).toHaveLength(2);
    const initial = commits[1]?.split(' ')[0];
    expect(first.removed.map((s) => [s.file, s.line, s.recipe, s.commit])).toEqual([
      ['scripts/old-deploy.sh', 4, 'aws-access-key-id', initial],
      ['scripts/old-deploy.sh', 5, 'aws-secret-access-key', initial],
    ]);
    await expect(readFile(join(first.root, 'scripts/old-deploy.sh'))).rejects.toThrow();
    for (const s of first.removed) {
      const line = git('show', `${s.commit}:${s.file}`).split('\n')[s.line - 1] ?? '';
      expect(line.slice(s.column - 1)).toBe(s.value.reveal());
    }
    expect(git('ls-files', '-s', 'scripts/deploy.sh')).toMatch(/^100755 /);
  });

  it('commits into the new repository even when run from a git hook of another one', async () => {
    const outer = join(scratch, 'outer.git');
    const saved = { GIT_DIR: process.env.GIT_DIR, GIT_INDEX_FILE: process.env.GIT_INDEX_FILE };
    process.env.GIT_DIR = outer;
    process.env.GIT_INDEX_FILE = join(outer, 'index');
    try {
      const { root } = await materializeExample(join(scratch, 'hooked'));
      expect(execFileSync('git', ['log', '--oneline'], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH } }).split('\n')).toHaveLength(3);
      await expect(readdir(outer)).rejects.toThrow();
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    }
  });

  it('can skip git', async () => {
    const { root, removed } = await materializeExample(join(scratch, 'nogit'), { git: false });
    await expect(readdir(join(root, '.git'))).rejects.toThrow();
    expect(removed).toEqual([]);
    await expect(readFile(join(root, 'scripts/old-deploy.sh'))).rejects.toThrow();
  });

  it('refuses a non-empty target with a usage error', async () => {
    const dir = join(scratch, 'busy');
    await mkdir(dir);
    await writeFile(join(dir, 'keep.txt'), 'x');
    await expect(materializeExample(dir)).rejects.toThrow(UsageError);
    await expect(materializeExample(dir)).rejects.toThrow(/is not empty/);
  });

  it('locates every listed decoy in the materialised tree', async () => {
    const decoys = await locateDecoys(first.root);
    const planted = new Set(first.secrets.map((s) => `${s.file}:${s.line}`));
    for (const d of decoys) expect(planted.has(`${d.file}:${d.line}`), `${d.file}:${d.line}`).toBe(false);
  });

  it('never shows a planted value when the secrets are printed', () => {
    const printed = JSON.stringify(first.secrets);
    for (const s of first.secrets) expect(printed).not.toContain(s.value.reveal());
  });

  it('compiles the TypeScript API under strict before any migration', async () => {
    const apiDir = join(first.root, 'apps/api');
    const configPath = join(apiDir, 'tsconfig.json');
    const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
    expect(error).toBeUndefined();
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, apiDir, {
      noEmit: true,
      typeRoots: [join(workspaceRoot, 'node_modules/@types')],
    });
    expect(parsed.options.strict).toBe(true);
    expect(parsed.fileNames.length).toBeGreaterThanOrEqual(6);
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });
});

describe('the template tree', () => {
  const documentedExamples = new Set(['AKIAIOSFODNN7EXAMPLE']);
  const wellFormed: [string, RegExp][] = [
    ['AWS access key id', /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g],
    ['GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36}\b/g],
    ['GitHub fine-grained token', /\bgithub_pat_[A-Za-z0-9_]{60,}/g],
    ['GitLab token', /\bglpat-[A-Za-z0-9_-]{20}/g],
    ['Stripe live key', /\b[sr]k_live_[A-Za-z0-9]/g],
    ['Slack token', /\bxox[abposr]-[0-9A-Za-z-]{10,}/g],
    ['Slack webhook', /hooks\.slack\.com\/services\/T[A-Z0-9]+\/B/g],
    ['npm token', /\bnpm_[A-Za-z0-9]{36}\b/g],
    ['SendGrid key', /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}/g],
    ['Docker Hub PAT', /\bdckr_pat_[A-Za-z0-9_-]{20,}/g],
    ['Google API key', /\bAIza[0-9A-Za-z_-]{35}/g],
    ['private key with a body', /-----BEGIN [A-Z ]*PRIVATE KEY-----\s*[A-Za-z0-9+/=]{20}/g],
    ['JWT', /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g],
  ];

  it('holds no well-formed token, only markers', async () => {
    const hits: string[] = [];
    const templates = [exampleTemplateDir(), `${exampleTemplateDir()}-history`, join(workspaceRoot, 'examples')];
    for (const [file, text] of (await Promise.all(templates.map(readTree))).flatMap((t) => [...t])) {
      for (const [what, pattern] of wellFormed) {
        for (const m of text.matchAll(pattern)) if (!documentedExamples.has(m[0])) hits.push(`${file}: ${what}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('uses only known recipes in its markers', async () => {
    const used = new Set<string>();
    for (const text of (await readTree(join(workspaceRoot, 'examples'))).values()) {
      for (const m of text.matchAll(FAKE_MARKER)) used.add(m[2] ?? '');
    }
    expect([...used].filter((r) => !(RECIPE_NAMES as string[]).includes(r))).toEqual([]);
    expect(used.size).toBeGreaterThanOrEqual(15);
  });

  it('is found from the sources', () => {
    expect(exampleTemplateDir()).toBe(join(workspaceRoot, 'examples', 'legacy-shop'));
  });
});
