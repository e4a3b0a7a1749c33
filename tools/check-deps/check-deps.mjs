#!/usr/bin/env node
// Fails when a project imports an @unleak package that sits above it (see layers.json and docs/ARCHITECTURE.md).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const layers = JSON.parse(readFileSync(join(root, 'tools/check-deps/layers.json'), 'utf8'));
const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+|require\s*\(\s*)['"]@unleak\/([a-z-]+)/g;
const SOURCE = /\.(?:m?[jt]sx?)$/;

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name === 'fixtures') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (SOURCE.test(name)) yield path;
  }
}

function isTest(path) {
  return /(^|\/)test\//.test(path) || /\.test\.[jt]sx?$/.test(path);
}

const only = process.argv[2] ? relative(root, resolve(process.argv[2])) : undefined;
const problems = [];
for (const [project, allowed] of Object.entries(layers)) {
  if (!project.includes('/') || (only && only !== project)) continue;
  let dir;
  try {
    dir = join(root, project);
    statSync(dir);
  } catch {
    continue;
  }
  for (const file of walk(dir)) {
    const text = readFileSync(file, 'utf8');
    const self = project.split('/')[1];
    for (const m of text.matchAll(IMPORT)) {
      const dep = m[1];
      if (dep === self) continue;
      const ok = allowed.includes(dep) || (isTest(relative(dir, file)) && layers.testsMayAlsoImport.includes(dep));
      if (!ok) problems.push(`${relative(root, file)} imports @unleak/${dep}, which ${project} may not depend on`);
    }
  }
}
if (problems.length) {
  console.error(`dependency direction violated (apps/cli → migrate → scanner|classifier|rewrite|stores → core):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-deps: dependency direction ok${only ? ` for ${only}` : ''}`);
