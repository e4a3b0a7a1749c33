import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, discoverProjects } from '../src/index.js';
import { det } from './helpers.js';
import { tempRepos } from './temp-repo.js';

const repo = tempRepos();

describe('discoverProjects', () => {
  it('finds Nx projects by project.json and package.json nx sections, not plain packages', () => {
    const root = repo({
      'nx.json': '{}',
      'package.json': '{"name":"@acme/source"}',
      'apps/api/project.json': '{"name":"api"}',
      'libs/db/package.json': '{"name":"@acme/db","nx":{}}',
      'tools/scripts/package.json': '{"name":"scripts"}',
      'node_modules/x/package.json': '{"name":"x"}',
    });
    expect(discoverProjects(root).sort((a, b) => a.root.localeCompare(b.root))).toEqual([
      { root: '', name: 'source' },
      { root: 'apps/api', name: 'api' },
      { root: 'libs/db', name: 'db' },
    ]);
  });

  it('names modules from package.json, go.mod, pyproject.toml and pom.xml elsewhere', () => {
    const root = repo({
      'web/package.json': '{"name":"storefront"}',
      'svc/go.mod': 'module github.com/acme/orders\n\ngo 1.22\n',
      'ml/pyproject.toml': '[project]\nname = "ranker"\n',
      'java/pom.xml': '<project><parent><artifactId>parent</artifactId></parent><artifactId>billing</artifactId></project>',
    });
    const projects = discoverProjects(root);
    expect(projects.sort((a, b) => a.root.localeCompare(b.root))).toEqual([
      { root: '', name: basename(root), fallback: true },
      { root: 'java', name: 'billing' },
      { root: 'ml', name: 'ranker' },
      { root: 'svc', name: 'orders' },
      { root: 'web', name: 'storefront' },
    ]);
    const found = classify(
      ['svc/config/.env', 'other/x.env'].map((file) => det({ rule: 'generic-api-key', kind: 'api-key', file, fileKind: 'dotenv', key: 'API_KEY' })),
      { projects },
    );
    expect(found.map((f) => f.project)).toEqual(['orders', 'other']);
  });

  it('treats an unnamed application root (manage.py, requirements.txt) as the project of its package folders', () => {
    const root = repo({ 'manage.py': '', 'requirements.txt': 'django\n', 'shop/settings.py': '', 'orders/models.py': '', 'web/package.json': '{"name":"storefront"}' });
    const projects = discoverProjects(root);
    expect(projects.find((p) => p.root === '')).toEqual({ root: '', name: basename(root) });
    const found = classify(
      ['shop/settings.py', 'orders/tasks.py', 'web/.env'].map((file) => det({ rule: 'generic-api-key', kind: 'api-key', file, fileKind: 'python', key: 'API_KEY' })),
      { projects },
    );
    expect(found.map((f) => f.project)).toEqual([basename(root), basename(root), 'storefront']);
  });
});
