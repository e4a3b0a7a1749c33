import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';
import { awsKeyId, git, githubToken, tempRepo, writeFiles } from './scan-helpers.js';

const json = (value: unknown) => JSON.stringify(value);

/** Fake credentials, one per place, so a finding says which file it came from. */
const secret = {
  shop: awsKeyId('nx-shop'),
  ui: githubToken('nx-ui'),
  uiTools: awsKeyId('nx-ui-tools'),
  mailer: githubToken('nx-mailer'),
  admin: awsKeyId('nx-admin'),
  script: githubToken('nx-script'),
};

/**
 * An Nx workspace: apps/shop (project.json + package.json depending on @acme/mailer, implicitly on ui),
 * apps/admin, libs/ui with a nested project libs/ui/tools, packages/mailer (a package.json project from
 * the npm workspaces), and a script no project owns. One committed history on `main`.
 */
const WORKSPACE = {
  'nx.json': json({ defaultBase: 'main' }),
  'package.json': json({ name: '@acme/source', private: true, workspaces: ['packages/*'] }),
  'package-lock.json': json({ lockfileVersion: 3 }),
  'README.md': '# acme\n',
  'apps/shop/project.json': json({ name: 'shop', implicitDependencies: ['ui'] }),
  'apps/shop/package.json': json({ name: '@acme/shop', dependencies: { '@acme/mailer': '*' } }),
  'apps/shop/src/config.ts': `export const awsKeyId = "${secret.shop}";\n`,
  'apps/admin/project.json': json({ name: 'admin' }),
  'apps/admin/.env': `AWS_ACCESS_KEY_ID=${secret.admin}\n`,
  'libs/ui/project.json': json({ name: 'ui' }),
  'libs/ui/src/button.ts': 'export const button = 1;\n',
  'libs/ui/.env': `GITHUB_TOKEN=${secret.ui}\n`,
  'libs/ui/tools/project.json': json({ name: 'ui-tools' }),
  'libs/ui/tools/.env': `AWS_ACCESS_KEY_ID=${secret.uiTools}\n`,
  'packages/mailer/package.json': json({ name: '@acme/mailer', version: '1.0.0' }),
  'packages/mailer/.env': `GITHUB_TOKEN=${secret.mailer}\n`,
  'scripts/deploy.env': `GITHUB_TOKEN=${secret.script}\n`,
};

interface JsonFinding {
  file: string;
  project?: string;
}

async function scan(cwd: string, ...args: string[]) {
  const io = fakeIo(cwd);
  const code = await main(['scan', ...args], io);
  for (const value of Object.values(secret)) {
    expect(io.out).not.toContain(value);
    expect(io.err).not.toContain(value);
  }
  return { code, out: io.out, err: io.err };
}

async function scanJson(cwd: string, ...args: string[]) {
  const result = await scan(cwd, '--format', 'json', ...args);
  const findings = (JSON.parse(result.out) as { findings: JsonFinding[] }).findings;
  return { ...result, findings, byFile: Object.fromEntries(findings.map((f) => [f.file, f.project ?? null])) };
}

describe('scan in an Nx workspace', () => {
  let repo: ReturnType<typeof tempRepo>;
  beforeAll(() => {
    repo = tempRepo(WORKSPACE);
    git(repo.root, 'init', '-q', '-b', 'main');
    git(repo.root, 'add', '-A');
    git(repo.root, 'commit', '-qm', 'workspace');
  });
  afterAll(() => repo.cleanup());

  it('json: each finding carries the project owning its file (the deepest), none outside every project', async () => {
    const { code, byFile, findings } = await scanJson(repo.root);
    expect(code).toBe(1);
    expect(byFile).toEqual({
      'apps/admin/.env': 'admin',
      'apps/shop/src/config.ts': 'shop',
      'libs/ui/.env': 'ui',
      'libs/ui/tools/.env': 'ui-tools',
      'packages/mailer/.env': '@acme/mailer',
      'scripts/deploy.env': null,
    });
    const keys = Object.keys(findings.find((f) => f.project === 'shop') ?? {});
    expect(keys.slice(keys.indexOf('store'), keys.indexOf('store') + 2)).toEqual(['store', 'project']);
  });

  it('sarif: the project is a result property', async () => {
    const { out } = await scan(repo.root, '--format', 'sarif');
    const results = JSON.parse(out).runs[0].results as Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>; properties: Record<string, string> }>;
    const projectOf = (uri: string) => results.find((r) => r.locations[0]?.physicalLocation.artifactLocation.uri === uri)?.properties;
    expect(projectOf('libs/ui/tools/.env')?.project).toBe('ui-tools');
    expect(projectOf('packages/mailer/.env')?.project).toBe('@acme/mailer');
    expect(projectOf('scripts/deploy.env')).toBeDefined();
    expect(projectOf('scripts/deploy.env')?.project).toBeUndefined();
  });

  it('text: groups by project, then file, projects by name and findings of no project last', async () => {
    const { out } = await scan(repo.root);
    const headings = out.split('\n').filter((l) => l.startsWith('▸ '));
    expect(headings).toEqual([
      '▸ project @acme/mailer · 1 finding',
      '▸ project admin · 1 finding',
      '▸ project shop · 1 finding',
      '▸ project ui · 1 finding',
      '▸ project ui-tools · 1 finding',
      '▸ (no project) · 1 finding',
    ]);
    const lines = out.split('\n');
    expect(lines[lines.indexOf('▸ project ui · 1 finding') + 1]).toBe('libs/ui/.env');
  });

  it('attributes projects when a folder inside the workspace is scanned', async () => {
    const { byFile } = await scanJson(repo.root, 'libs/ui');
    expect(byFile).toEqual({ '.env': 'ui', 'tools/.env': 'ui-tools' });
  });

  it('--projects scans only those projects, not the projects nested in them', async () => {
    const { code, byFile, err } = await scanJson(repo.root, '--projects', 'shop,ui', '--verbose');
    expect(code).toBe(1);
    expect(byFile).toEqual({ 'apps/shop/src/config.ts': 'shop', 'libs/ui/.env': 'ui' });
    expect(err).toContain('unleak: project shop: named by --projects shop,ui');
  });

  it('--projects takes globs, tags and scoped names by their last word, from a folder inside the workspace', async () => {
    const { byFile } = await scanJson(join(repo.root, 'apps'), '--projects', 'mailer,ui-*');
    expect(byFile).toEqual({ 'libs/ui/tools/.env': 'ui-tools', 'packages/mailer/.env': '@acme/mailer' });
  });

  it('--projects with an unknown name exits 2 with a did-you-mean and the known projects', async () => {
    const { code, out, err } = await scan(repo.root, '--projects', 'shop,admn');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toEqual([
      "unleak: --projects: no project matches 'admn' (did you mean 'admin'?); known projects: @acme/mailer, admin, shop, ui, ui-tools",
    ]);
  });

  it('--base or --head without --affected, and two PATHs with --projects, are usage errors', async () => {
    expect((await scan(repo.root, '--base', 'main')).err).toMatch(/--base needs --affected/);
    const twoPaths = await scan(repo.root, '--projects', 'ui', 'apps', 'libs');
    expect(twoPaths.code).toBe(2);
    expect(twoPaths.err).toMatch(/at most one PATH/);
  });
});

describe('scan --affected', () => {
  const repos: Array<ReturnType<typeof tempRepo>> = [];
  afterAll(() => repos.forEach((r) => r.cleanup()));

  /** The workspace committed on main, then a `feature` branch with `change` applied (committed or not). */
  function branch(change: Record<string, string>, commit = true): string {
    const repo = tempRepo(WORKSPACE);
    repos.push(repo);
    git(repo.root, 'init', '-q', '-b', 'main');
    git(repo.root, 'add', '-A');
    git(repo.root, 'commit', '-qm', 'workspace');
    git(repo.root, 'checkout', '-qb', 'feature');
    writeFiles(repo.root, change);
    if (commit) {
      git(repo.root, 'add', '-A');
      git(repo.root, 'commit', '-qm', 'change');
    }
    return repo.root;
  }

  it('a change in a lib scans the lib and the projects depending on it, and says why', async () => {
    const root = branch({ 'libs/ui/src/button.ts': 'export const button = 2;\n' });
    const { code, byFile, err } = await scanJson(root, '--affected', '--base', 'main', '--verbose');
    expect(code).toBe(1);
    expect(byFile).toEqual({ 'apps/shop/src/config.ts': 'shop', 'libs/ui/.env': 'ui' });
    expect(err).toContain('unleak: project ui: affected: libs/ui/src/button.ts changed');
    expect(err).toContain('unleak: project shop: affected: depends on ui');
  });

  it('follows package.json dependencies, and counts uncommitted changes without --head', async () => {
    const root = branch({ 'packages/mailer/index.js': 'export {};\n' }, false);
    expect((await scanJson(root, '--affected', '--base', 'main')).byFile).toEqual({ 'apps/shop/src/config.ts': 'shop', 'packages/mailer/.env': '@acme/mailer' });
    const { code, findings, err } = await scanJson(root, '--affected', '--base', 'main', '--head', 'HEAD');
    expect(code).toBe(0);
    expect(findings).toEqual([]);
    expect(err).toContain('no affected projects since main; nothing to scan');
  });

  it('a change to a root workspace file (lockfile) affects every project, never files outside them', async () => {
    const root = branch({ 'package-lock.json': json({ lockfileVersion: 3, packages: {} }) });
    const { byFile, err } = await scanJson(root, '--affected', '--verbose');
    expect(Object.keys(byFile).sort()).toEqual(['apps/admin/.env', 'apps/shop/src/config.ts', 'libs/ui/.env', 'libs/ui/tools/.env', 'packages/mailer/.env']);
    expect(err).toContain('unleak: project admin: affected: workspace-wide package-lock.json changed');
    expect(err).toContain('(nx.json defaultBase, else main)');
  });

  it('a change outside every project affects none: exit 0, nothing scanned', async () => {
    const root = branch({ 'README.md': '# acme, now with docs\n' });
    const { code, out, err } = await scan(root, '--affected', '--base', 'main', '--verbose');
    expect(code).toBe(0);
    expect(out).toMatch(/no findings · scanned 0 files/);
    expect(err).toContain('README.md changed but belongs to no project');
  });

  it('combined with --projects, scans the affected projects among those named', async () => {
    const root = branch({ 'libs/ui/src/button.ts': 'export const button = 3;\n' });
    expect((await scanJson(root, '--affected', '--projects', 'shop,admin')).byFile).toEqual({ 'apps/shop/src/config.ts': 'shop' });
  });

  it('in an integrated workspace follows imports through tsconfig paths, as Nx does with @nx/js', async () => {
    const repo = tempRepo({
      'nx.json': '{}',
      'package.json': json({ name: '@acme/source', private: true, devDependencies: { '@nx/js': '24.0.6' } }),
      'tsconfig.base.json': json({ compilerOptions: { paths: { '@acme/ui': ['libs/ui/src/index.ts'] } } }),
      'apps/shop/project.json': json({ name: 'shop' }),
      'apps/shop/src/main.ts': `import { button } from '@acme/ui';\nexport const awsKeyId = "${secret.shop}";\n`,
      'apps/admin/project.json': json({ name: 'admin' }),
      'apps/admin/.env': `AWS_ACCESS_KEY_ID=${secret.admin}\n`,
      'libs/ui/project.json': json({ name: 'ui' }),
      'libs/ui/src/index.ts': 'export const button = 1;\n',
    });
    repos.push(repo);
    git(repo.root, 'init', '-q', '-b', 'main');
    git(repo.root, 'add', '-A');
    git(repo.root, 'commit', '-qm', 'workspace');
    writeFiles(repo.root, { 'libs/ui/src/index.ts': 'export const button = 2;\n' });
    const { byFile, err } = await scanJson(repo.root, '--affected', '--verbose');
    expect(byFile).toEqual({ 'apps/shop/src/main.ts': 'shop' });
    expect(err).toContain('unleak: project shop: affected: depends on ui');
  });

  it('an unknown --base is one line, exit 2', async () => {
    const root = branch({}, false);
    const { code, err } = await scan(root, '--affected', '--base', 'origin/nope');
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/revision 'origin\/nope' given to --base/);
  });

  it('--verbose escapes control characters in the changed file names it lists', async () => {
    const root = branch({ 'scripts/\x1b[2Jclear.txt': 'x\n' });
    const { err } = await scan(root, '--affected', '--verbose');
    expect(err).toContain('scripts/\\x1b[2Jclear.txt changed but belongs to no project');
    expect(err).not.toContain('\x1b');
  });

  it('a default base git does not know says where it came from, not that --base was given', async () => {
    const root = branch({}, false);
    git(root, 'branch', '-m', 'main', 'trunk');
    const { code, err } = await scan(root, '--affected');
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).not.toContain('given to --base');
    expect(err).toMatch(/revision 'main' named by nx\.json defaultBase \(or pass --base\); pass a branch/);
  });
});

describe('--projects outside an Nx workspace', () => {
  it('is a clear usage error, exit 2', async () => {
    const repo = tempRepo({ 'package.json': json({ name: 'plain', workspaces: ['packages/*'] }), 'packages/a/package.json': json({ name: 'a' }) });
    try {
      const { code, err } = await scan(repo.root, '--projects', 'a');
      expect(code).toBe(2);
      expect(err).toMatch(/^unleak: --projects needs an Nx workspace \(nx\.json in '.*' or a folder above it\) and found none/);
      expect(err.trim().split('\n')).toHaveLength(1);
      const plain = await scanJson(repo.root);
      expect(plain.findings).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });

  it('plain scans of a non-Nx repository carry no project field', async () => {
    const repo = tempRepo({ 'package.json': json({ name: 'plain' }), 'src/.env': `GITHUB_TOKEN=${secret.script}\n` });
    try {
      const { findings } = await scanJson(repo.root);
      expect(findings).toHaveLength(1);
      expect(findings[0]).not.toHaveProperty('project');
    } finally {
      repo.cleanup();
    }
  });
});

describe('the example Nx target (nx.json targetDefaults.secrets)', () => {
  const target = JSON.parse(readFileSync(join(import.meta.dirname, '../../../nx.json'), 'utf8')).targetDefaults.secrets as {
    command: string;
    cache: boolean;
  };

  it('is not cached: a cached pass would hide a new rule, baseline or config', () => {
    expect(target.cache).toBe(false);
  });

  it('runs a valid unleak invocation that scans exactly the project it runs for', async () => {
    const words = target.command.split(/\s+/);
    const args = words.slice(words.indexOf('scan') + 1);
    expect(words[words.indexOf('scan') - 1]).toMatch(/(?:^|\/)unleak(?:\.js)?$/);
    const repo = tempRepo(WORKSPACE);
    try {
      rmSync(join(repo.root, 'scripts'), { recursive: true });
      const project = { name: 'ui', root: 'libs/ui' };
      const substituted = args.map((a) => a.replace(/\{projectName\}/g, project.name).replace(/\{projectRoot\}/g, project.root));
      const { code, byFile } = await scanJson(repo.root, ...substituted);
      expect(code).toBe(1);
      expect(byFile).toEqual({ 'libs/ui/.env': 'ui' });
    } finally {
      repo.cleanup();
    }
  });
});
