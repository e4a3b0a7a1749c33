import { describe, expect, it } from 'vitest';
import { fake } from '@unleak/core';
import { affectedProjects, classifyAll, discoverProjects, matchProjects, projectGraph, projectOwner, readWorkspace, type WorkspaceProject } from '../src/index.js';
import { findWorkspaceRoot } from '../src/workspace.js';
import { det } from './helpers.js';
import { tempRepos } from './temp-repo.js';

const repo = tempRepos();
const json = (value: unknown) => JSON.stringify(value);

/** An Nx workspace with every way of declaring a project and an edge between two. */
function shopWorkspace(): string {
  return repo({
    'nx.json': json({ defaultBase: 'develop' }),
    'package.json': json({ name: '@acme/source', private: true, workspaces: ['packages/*', 'tools/*', '!tools/scratch'] }),
    'apps/shop/project.json': json({ name: 'shop', tags: ['scope:app'], implicitDependencies: ['ui', '!@acme/legacy'] }),
    'apps/shop/package.json': json({ name: '@acme/shop-app', dependencies: { '@acme/legacy': '*', '@acme/mailer': 'workspace:*' } }),
    'apps/shop-e2e/project.json': json({ name: 'shop-e2e', implicitDependencies: ['shop'] }),
    'apps/admin/project.json': json({ name: 'admin', implicitDependencies: ['tag:scope:lib'] }),
    'libs/ui/project.json': json({ name: 'ui', tags: ['scope:lib'] }),
    'libs/ui/src/secret-stash/project.json': json({ name: 'stash' }),
    'packages/mailer/package.json': json({ name: '@acme/mailer', version: '1.0.0', dependencies: { '@acme/db': 'file:../db' } }),
    'packages/db/package.json': json({ name: '@acme/db', version: '1.0.0', devDependencies: { '@acme/mailer': 'npm:@other/mailer@1' } }),
    'packages/legacy/package.json': json({ name: '@acme/legacy', version: '0.1.0' }),
    'tools/gen/package.json': json({ name: 'gen', nx: { name: 'generator', tags: ['scope:tool'] } }),
    'tools/scratch/package.json': json({ name: 'scratch' }),
    'scripts/package.json': json({ name: 'not-listed' }),
    'node_modules/left-pad/package.json': json({ name: 'left-pad' }),
    'packages/db/dist/package.json': json({ name: 'built-copy' }),
  });
}

describe('readWorkspace', () => {
  it('finds project.json and workspace package.json projects as Nx does, with their roots and names', () => {
    const workspace = readWorkspace(shopWorkspace());
    const projects = Object.fromEntries((workspace?.projects ?? []).map((p) => [p.name, p.root]));
    expect(projects).toEqual({
      shop: 'apps/shop',
      'shop-e2e': 'apps/shop-e2e',
      admin: 'apps/admin',
      ui: 'libs/ui',
      stash: 'libs/ui/src/secret-stash',
      '@acme/mailer': 'packages/mailer',
      '@acme/db': 'packages/db',
      '@acme/legacy': 'packages/legacy',
      generator: 'tools/gen',
    });
    expect(workspace?.defaultBase).toBe('develop');
  });

  it('builds edges from workspace package dependencies and implicitDependencies, honouring ! exclusions', () => {
    const workspace = readWorkspace(shopWorkspace());
    const deps = (name: string) => [...(workspace?.dependencies.get(name) ?? [])].sort();
    expect(deps('shop')).toEqual(['@acme/mailer', 'ui']);
    expect(deps('shop-e2e')).toEqual(['shop']);
    expect(deps('admin')).toEqual(['ui']);
    expect(deps('@acme/mailer')).toEqual(['@acme/db']);
    expect(deps('@acme/db')).toEqual([]);
  });

  it('adds edges from imports between sources where Nx analyses them (tsconfig paths, relative, workspace packages)', () => {
    const files = {
      'nx.json': '{}',
      'package.json': json({ name: '@acme/source', private: true, workspaces: ['libs/*'], devDependencies: { '@nx/js': '24.0.6' } }),
      'tsconfig.base.json': '{\n  // aliases\n  "compilerOptions": { "paths": { "@acme/ui": ["libs/ui/src/index.ts"], "@acme/util/*": ["libs/util/src/*"], }, },\n}\n',
      'apps/shop/project.json': json({ name: 'shop' }),
      'apps/shop/src/main.ts': 'import { button } from "@acme/ui";\nimport _ from "lodash";\n',
      'apps/admin/project.json': json({ name: 'admin' }),
      'apps/admin/src/main.ts': 'import { pad } from "@acme/util/strings";\nconst lazy = () => import("@acme/feature");\n',
      'libs/ui/project.json': json({ name: 'ui' }),
      'libs/ui/src/index.ts': 'export const button = 1;\n',
      'libs/util/project.json': json({ name: 'util' }),
      'libs/feature/project.json': json({ name: 'feature' }),
      'libs/feature/package.json': json({ name: '@acme/feature', main: 'src/a.js' }),
      'libs/feature/src/a.js': 'const ui = require("../../ui/src/index");\n',
      'libs/lonely/project.json': json({ name: 'lonely' }),
      'libs/lonely/src/a.ts': 'export const own = await import("./b");\n',
    };
    const edges = (root: string, sourceImports = true) => {
      const workspace = readWorkspace(root, { sourceImports });
      return Object.fromEntries([...(workspace?.dependencies ?? [])].map(([name, deps]) => [name, [...deps].sort()]));
    };
    // What Nx 24's `nx graph --file` gives for this workspace.
    expect(edges(repo(files))).toEqual({ shop: ['ui'], admin: ['feature', 'util'], ui: [], util: [], feature: ['ui'], lonely: [] });
    expect(edges(repo(files), false).admin).toEqual([]);
    const withoutNxJs = { ...files, 'package.json': json({ name: '@acme/source', private: true, workspaces: ['libs/*'] }) };
    expect(edges(repo(withoutNxJs)).shop).toEqual([]);
    const notAWorkspacePackage = { ...files, 'package.json': json({ name: '@acme/source', devDependencies: { '@nx/js': '24.0.6' } }) };
    expect(edges(repo(notAWorkspacePackage)).admin).toEqual(['util']);
  });

  it('reads pnpm-workspace.yaml and a root project, and is undefined without nx.json', () => {
    const root = repo({
      'nx.json': '{}',
      'package.json': json({ name: 'mono', nx: { name: 'workspace-root' } }),
      'pnpm-workspace.yaml': "packages:\n  - 'libs/**'\n",
      'libs/a/b/package.json': json({ name: 'deep' }),
    });
    const projects = readWorkspace(root)?.projects.map((p) => [p.name, p.root]);
    expect(projects).toEqual([['workspace-root', ''], ['deep', 'libs/a/b']]);
    expect(readWorkspace(repo({ 'package.json': json({ name: 'plain', workspaces: ['*'] }), 'a/package.json': json({ name: 'a' }) }))).toBeUndefined();
  });

  it('is found from a folder inside the workspace', () => {
    const root = shopWorkspace();
    expect(findWorkspaceRoot(`${root}/apps/shop`)).toBe(root);
  });
});

describe('discoverProjects in an Nx workspace', () => {
  it('uses the same projects as the graph, under store-safe unscoped names', () => {
    const roots = discoverProjects(shopWorkspace());
    const byRoot = Object.fromEntries(roots.map((p) => [p.root, p.name]));
    expect(byRoot['packages/mailer']).toBe('mailer');
    expect(byRoot['libs/ui/src/secret-stash']).toBe('stash');
    expect(byRoot['tools/gen']).toBe('generator');
    expect(byRoot['scripts']).toBeUndefined();
    expect(byRoot['tools/scratch']).toBeUndefined();
  });

  it('names migrated secrets by the project a scan attributes them to, from the root or a folder inside', () => {
    const root = shopWorkspace();
    const token = (file: string) => det({ rule: 'github-pat-classic', kind: 'access-token', file, fileKind: 'dotenv', key: 'GH_TOKEN', value: 'gh' + 'p_' + fake.alnum(36, file) });
    const fromRoot = classifyAll([token('packages/mailer/.env'), token('libs/ui/src/secret-stash/.env'), token('libs/ui/.env')], { projects: discoverProjects(root) });
    expect(fromRoot.items.map((i) => [i.project, i.name.split('/')[0]])).toEqual([['mailer', 'mailer'], ['stash', 'stash'], ['ui', 'ui']]);
    const fromUi = classifyAll([token('src/secret-stash/.env'), token('.env')], { projects: discoverProjects(`${root}/libs/ui`) });
    expect(fromUi.items.map((i) => i.project)).toEqual(['stash', 'ui']);
  });
});

const project = (name: string, root: string, extra: Partial<WorkspaceProject> = {}): WorkspaceProject => ({
  name,
  root,
  tags: [],
  packageDependencies: {},
  implicitDependencies: [],
  ...extra,
});

describe('matchProjects', () => {
  const projects = [
    project('@acme/api', 'apps/api', { tags: ['type:app'] }),
    project('api-e2e', 'apps/api-e2e'),
    project('web', 'apps/web', { tags: ['type:app'] }),
    project('db', 'libs/db'),
  ];
  const names = (...patterns: string[]) => matchProjects(patterns, projects);

  it('matches names, whole words of scoped names, tags, globs over names then roots, and exclusions', () => {
    expect(names('web').matched).toEqual(['web']);
    expect(names('api').matched).toEqual(['@acme/api']);
    expect(names('tag:type:app').matched).toEqual(['@acme/api', 'web']);
    expect(names('api*').matched).toEqual(['api-e2e']);
    expect(names('libs/*').matched).toEqual(['db']);
    expect(names('!db').matched).toEqual(['@acme/api', 'api-e2e', 'web']);
    expect(names('*', '!tag:type:app').matched).toEqual(['api-e2e', 'db']);
  });

  it('reports patterns that match nothing', () => {
    expect(names('web', 'wbe', 'tag:nope')).toEqual({ matched: ['web'], unmatched: ['wbe', 'tag:nope'] });
  });
});

describe('affectedProjects', () => {
  const graph = projectGraph([
    project('shop', 'apps/shop', { implicitDependencies: ['ui'] }),
    project('admin', 'apps/admin', { packageDependencies: { '@acme/db': '^1.0.0' } }),
    project('ui', 'libs/ui'),
    project('@acme/db', 'libs/db', { packageName: '@acme/db' }),
    project('tool', 'tools/tool'),
    project('nested', 'libs/ui/nested'),
  ]);

  it('marks the projects owning changed files and their dependents, with the reason', () => {
    const { affected, unowned } = affectedProjects(graph, ['libs/ui/src/button.ts', 'README.md', 'docs/x.md']);
    expect(Object.fromEntries(affected)).toEqual({
      ui: { kind: 'changed', file: 'libs/ui/src/button.ts' },
      shop: { kind: 'dependency', on: 'ui' },
    });
    expect(unowned).toEqual(['README.md', 'docs/x.md']);
  });

  it('gives a file to the deepest project containing it', () => {
    expect([...affectedProjects(graph, ['libs/ui/nested/a.ts']).affected.keys()]).toEqual(['nested']);
    expect(projectOwner(graph)('libs/ui-kit/a.ts')).toBeUndefined();
  });

  it('follows package dependencies transitively', () => {
    expect([...affectedProjects(graph, ['libs/db/index.ts']).affected.keys()].sort()).toEqual(['@acme/db', 'admin']);
  });

  it('marks every project when a workspace-wide root file changes (nx.json, package.json, lockfiles)', () => {
    for (const file of ['nx.json', 'package.json', 'package-lock.json', 'pnpm-lock.yaml']) {
      const { affected } = affectedProjects(graph, [file, 'libs/ui/a.ts']);
      expect([...affected.keys()].sort()).toEqual(['@acme/db', 'admin', 'nested', 'shop', 'tool', 'ui']);
      expect(affected.get('tool')).toEqual({ kind: 'workspace', file });
      expect(affected.get('ui')).toEqual({ kind: 'changed', file: 'libs/ui/a.ts' });
    }
  });
});
