import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileKind } from '@unleak/core';
import { applyEdits, REWRITERS, rewriteFile, unifiedDiff, type RewriteInput, type RewriteTarget } from '../src/index.js';
import { loadFixture } from './golden-support.js';

const GOLDEN = join(import.meta.dirname, 'golden');
const PASSWORD = 'hunter2-fake-password';

function target(text: string, value: string, over: Partial<RewriteTarget> = {}): RewriteTarget {
  const start = text.indexOf(value);
  if (start < 0) throw new Error('value not in text');
  return {
    span: { start, end: start + value.length },
    line: text.slice(0, start).split('\n').length,
    column: start - text.lastIndexOf('\n', start - 1),
    store: 'ssm-secure',
    name: '/shop/prod/db-password',
    envName: 'DB_PASSWORD',
    kind: 'db-password',
    ...over,
  };
}

describe('applyEdits', () => {
  it('applies right to left, keeps insertion order at one offset, collapses duplicates', () => {
    const { text, rejected } = applyEdits('abcdef', [
      { start: 6, end: 6, text: '1' },
      { start: 1, end: 3, text: 'X' },
      { start: 6, end: 6, text: '2' },
      { start: 1, end: 3, text: 'X' },
      { start: 0, end: 0, text: '>' },
    ]);
    expect(text).toBe('>aXdef12');
    expect(rejected).toEqual([]);
  });

  it('rejects an edit that overlaps an earlier one', () => {
    const { text, rejected } = applyEdits('abcdef', [
      { start: 1, end: 4, text: 'X' },
      { start: 3, end: 5, text: 'Y' },
    ]);
    expect(text).toBe('aXef');
    expect(rejected).toEqual([{ start: 3, end: 5, text: 'Y' }]);
  });
});

describe('rewriteFile', () => {
  it('is idempotent: every golden "after" rewritten with no targets stays byte-identical', async () => {
    for (const name of readdirSync(GOLDEN).filter((d) => existsSync(join(GOLDEN, d, 'targets.json')))) {
      const file = readdirSync(join(GOLDEN, name)).find((f) => f.startsWith('after'))!;
      const text = readFileSync(join(GOLDEN, name, file), 'utf8');
      const { path } = loadFixture(join(GOLDEN, name, 'targets.json'));
      const result = await rewriteFile({ path, fileKind: name.split('.')[0] as FileKind, text, targets: [] });
      expect(result, name).toEqual({ text, changed: false, notes: [], manual: [] });
    }
  });

  it('adds the requireEnv helper and its import once for many targets, and not again when already imported', async () => {
    const text = `export const a = '${PASSWORD}';\nexport const b = 'FAKE-b-0000';\nexport const c = "FAKE-c-0000";\n`;
    const targets = [target(text, PASSWORD), target(text, 'FAKE-b-0000', { envName: 'B' }), target(text, 'FAKE-c-0000', { envName: 'C' })];
    const first = await rewriteFile({ path: 'src/a/config.ts', fileKind: 'typescript', text, targets });
    expect(first.text.match(/import \{ requireEnv \}/g)).toHaveLength(1);
    expect(first.text).toContain(`import { requireEnv } from '../unleak-env.js';`);
    expect(first.extraFiles).toEqual([expect.objectContaining({ path: 'src/unleak-env.ts', mode: 'create' })]);

    const more = `${first.text}export const d = 'FAKE-d-0000';\n`;
    const second = await rewriteFile({ path: 'src/a/config.ts', fileKind: 'typescript', text: more, targets: [target(more, 'FAKE-d-0000', { envName: 'D' })] });
    expect(second.text.match(/import \{ requireEnv \}/g)).toHaveLength(1);
    expect(second.text).toContain(`export const d = requireEnv('D');`);

    const other = await rewriteFile({ path: 'src/b.ts', fileKind: 'typescript', text, targets: targets.slice(0, 1) });
    expect(other.extraFiles?.[0]).toEqual(first.extraFiles?.[0]);
    expect(other.text).toContain(`from './unleak-env.js'`);
  });

  it('leaves code that type-checks under strict with the generated helper', async () => {
    const { Project, ts } = await import('ts-morph');
    const text = [
      `const host = 'db';`,
      `export const url = \`postgres://u:${PASSWORD}@\${host}/app\`;`,
      `export const cfg = { key: "FAKE-key-0000", n: 1 };`,
      `export class Svc { token = 'FAKE-token-0000'; }`,
      `export function f(secret: string = 'FAKE-default-0000'): string { return secret; }`,
      `export const joined = "a:" + "FAKE-joined-0000" + "@b";`,
      '',
    ].join('\n');
    const values = [PASSWORD, 'FAKE-key-0000', 'FAKE-token-0000', 'FAKE-default-0000', 'FAKE-joined-0000'];
    const targets = values.map((v, i) => target(text, v, { envName: `SECRET_${i}` }));
    const result = await rewriteFile({ path: 'src/app.ts', fileKind: 'typescript', text, targets });
    expect(result.manual).toEqual([]);
    // In memory with a one-line `process` declaration: @types/node would make this check many seconds slower.
    const project = new Project({
      useInMemoryFileSystem: true,
      compilerOptions: { strict: true, noUncheckedIndexedAccess: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], types: [], noEmit: true },
    });
    project.createSourceFile('/p/globals.d.ts', 'declare const process: { env: Record<string, string | undefined> };');
    project.createSourceFile('/p/src/app.ts', result.text);
    for (const extra of result.extraFiles ?? []) project.createSourceFile(`/p/${extra.path}`, extra.text);
    const diagnostics = project.getPreEmitDiagnostics().map((d) => ts.flattenDiagnosticMessageText(d.getMessageText() as string, ' '));
    expect(diagnostics).toEqual([]);
    expect(result.widened).toEqual([expect.objectContaining({ envName: 'SECRET_4' })]);
  });

  it('sends every target to manual for a file kind without a rewriter', async () => {
    const text = `password = "${PASSWORD}"\n`;
    const result = await rewriteFile({ path: 'a.ini', fileKind: 'ini', text, targets: [target(text, PASSWORD)] });
    expect(result.text).toBe(text);
    expect(result.changed).toBe(false);
    expect(result.manual).toEqual([{ line: 1, reason: expect.stringMatching(/^no rewriter for ini files: .* by hand \(manual edit needed\)$/) }]);
  });

  it('says a key file is deleted and loaded from the store, not rewritten', async () => {
    const text = `key material line\n${PASSWORD}\n`;
    const key = { ...target(text, PASSWORD), kind: 'private-key' as const };
    const stored = await rewriteFile({ path: 'infra/ssh/deploy_key', fileKind: 'text', text, targets: [key] });
    expect(stored.manual[0]?.reason).toMatch(/^key file: delete it \(`git rm infra\/ssh\/deploy_key`\) and write it at deploy time from SSM SecureString parameter/);
    const removed = await rewriteFile({ path: 'infra/ssh/deploy_key', fileKind: 'text', text, targets: [{ ...key, store: 'remove' }] });
    expect(removed.manual[0]?.reason).toMatch(/issue a new key .* revoke it \(manual edit needed\)$/);
    expect(JSON.stringify([stored, removed].map((r) => r.manual))).not.toContain(PASSWORD);
  });

  it('says a test fixture gets a fake value instead of a reference', async () => {
    const text = `{"users":[{"password":"${PASSWORD}"}]}\n`;
    const result = await rewriteFile({ path: 'apps/api/test/fixtures/users.json', fileKind: 'json', text, targets: [target(text, PASSWORD)] });
    expect(result.manual).toEqual([{ line: 1, reason: expect.stringMatching(/^test fixture: replace the value with an obviously fake one/) }]);
  });

  it('refuses spans outside the file and env names that are not identifiers, naming the fix', async () => {
    const text = `x = "${PASSWORD}"\n`;
    const result = await rewriteFile({
      path: 'a.py',
      fileKind: 'python',
      text,
      targets: [target(text, PASSWORD, { span: { start: 4, end: 999 } }), target(text, PASSWORD, { envName: 'db-password' })],
    });
    expect(result.changed).toBe(false);
    expect(result.manual.map((m) => m.reason)).toEqual([
      expect.stringContaining('re-scan the file'),
      expect.stringContaining("env name 'db-password' is not an identifier"),
    ]);
  });

  it('replaces a URL once when two targets sit in the same literal', async () => {
    const text = `DSN = "postgres://FAKE-user-0000:${PASSWORD}@db/app"\n`;
    const targets = [target(text, 'FAKE-user-0000', { envName: 'DATABASE_URL' }), target(text, PASSWORD, { envName: 'DATABASE_URL' })];
    const result = await rewriteFile({ path: 'app/db.py', fileKind: 'python', text, targets });
    expect(result.text).toBe(`import os\n\nDSN = os.environ["DATABASE_URL"]\n`);
    expect(result.manual).toEqual([]);
    expect(result.widened).toHaveLength(2);
  });

  it('drops the whole rewrite when the result would not parse', async () => {
    const broken = { plan: (input: RewriteInput) => ({ edits: [{ start: 0, end: 0, text: 'key: [unclosed\n' }], notes: ['n'], manual: [], extraFiles: [], widened: [] }) };
    const saved = REWRITERS['github-actions'];
    REWRITERS['github-actions'] = { ...broken, validate: saved!.validate! };
    try {
      const text = `env:\n  TOKEN: ${PASSWORD}\n`;
      const result = await rewriteFile({ path: '.github/workflows/a.yml', fileKind: 'github-actions', text, targets: [target(text, PASSWORD)] });
      expect(result.text).toBe(text);
      expect(result.manual).toEqual([{ line: 2, reason: expect.stringMatching(/^rewrite skipped because the result would not parse: YAML/) }]);
      expect(JSON.stringify(result.manual)).not.toContain(PASSWORD.slice(0, 7));
    } finally {
      REWRITERS['github-actions'] = saved;
    }
  });

  it('keeps the TS sdk style out of places that cannot await', async () => {
    const text = `export class A { key = '${PASSWORD}'; }\n`;
    const result = await rewriteFile({ path: 'src/a.ts', fileKind: 'typescript', text, targets: [target(text, PASSWORD)], options: { tsStyle: 'sdk' } });
    expect(result.changed).toBe(false);
    expect(result.manual[0]?.reason).toMatch(/class property initializer cannot await/);
  });

  it('sends a secret in a TS comment to manual instead of rewriting the next literal', async () => {
    const text = `// old password: ${PASSWORD}\nexport const greeting = 'hello';\n`;
    const result = await rewriteFile({ path: 'src/a.ts', fileKind: 'typescript', text, targets: [target(text, PASSWORD)] });
    expect(result.text).toBe(text);
    expect(result.manual).toEqual([{ line: 1, reason: expect.stringContaining('not inside a string or template literal') }]);
  });

  it('puts the import after a directive prologue', async () => {
    const text = `'use client';\nexport const key = '${PASSWORD}';\n`;
    const result = await rewriteFile({ path: 'web/lib/key.js', fileKind: 'javascript', text, targets: [target(text, PASSWORD)] });
    expect(result.text).toBe(`'use client';\nimport { requireEnv } from './unleak-env.js';\nexport const key = requireEnv('DB_PASSWORD');\n`);
  });

  it('leaves Go const blocks to a person and turns a one-line const into var', async () => {
    const text = `package a\n\nconst (\n\tkey = "${PASSWORD}"\n)\n\nconst other = "FAKE-other-0000"\n`;
    const result = await rewriteFile({ path: 'a.go', fileKind: 'go', text, targets: [target(text, PASSWORD), target(text, 'FAKE-other-0000', { envName: 'OTHER' })] });
    expect(result.manual).toEqual([{ line: 4, reason: expect.stringContaining('Go const block') }]);
    expect(result.text).toContain('var other = os.Getenv("OTHER")');
    expect(result.text).toContain('import "os"');
  });
});

describe('unifiedDiff', () => {
  it('shows each change as a hunk with context and the removed secret redacted', async () => {
    const lines = Array.from({ length: 20 }, (_, i) => `line${i}`);
    lines[3] = `DB_PASSWORD = "${PASSWORD}"`;
    lines[16] = `OTHER = "FAKE-other-secret-0000"`;
    const text = `${lines.join('\n')}\n`;
    const targets = [target(text, PASSWORD), target(text, 'FAKE-other-secret-0000', { envName: 'OTHER' })];
    const result = await rewriteFile({ path: 'app/settings.py', fileKind: 'python', text, targets });
    const diff = unifiedDiff('app/settings.py', text, result.text, targets);
    expect(diff).not.toContain(PASSWORD);
    expect(diff).not.toContain('FAKE-other-secret-0000');
    expect(diff.split('\n').filter((l) => l.startsWith('@@'))).toEqual(['@@ -1,7 +1,9 @@', '@@ -14,7 +16,7 @@']);
    expect(diff).toContain('-DB_PASSWORD = "hunt…word"');
    expect(diff).toContain('+DB_PASSWORD = os.environ["DB_PASSWORD"]');
    expect(diff).toContain('+import os');
    expect(unifiedDiff('a', text, text, targets)).toBe('');
  });

  it('masks a known value in a context line the rewrite does not touch', async () => {
    const copy = `DATABASE_URL=postgres://shop:${PASSWORD}@localhost:5432/shop`;
    const text = `DB_PASSWORD = "${PASSWORD}"\n${copy}\n`;
    const targets = [target(text, PASSWORD)];
    const result = await rewriteFile({ path: 'app/settings.py', fileKind: 'python', text, targets });
    expect(unifiedDiff('app/settings.py', text, result.text, targets)).toContain(PASSWORD);
    const diff = unifiedDiff('app/settings.py', text, result.text, targets, 3, [PASSWORD]);
    expect(diff).not.toContain(PASSWORD);
    expect(diff).toContain(' DATABASE_URL=postgres://shop:hunt…word@localhost:5432/shop');
  });
});
