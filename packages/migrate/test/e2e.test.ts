import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan, PlanItem } from '@unleak/core';
import { scan } from '@unleak/scanner';
import { applyPlan, createPlan, readPlanFile, rollbackPlan, writePlanFile, type ApplyResult } from '@unleak/migrate';
import { allText, holds, snapshot, storeReader, world, type World } from './helpers.js';

const workspaceRoot = fileURLToPath(new URL('../../..', import.meta.url));

describe('migrate → apply → apply again → rollback over the bundled example, against the sandbox', () => {
  let w: World;
  let plan: Plan;
  let original: Map<string, Buffer>;
  let first: ApplyResult;
  let reader: Awaited<ReturnType<typeof storeReader>>;

  beforeAll(async () => {
    w = await world({ git: true });
    reader = await storeReader(w.sandbox);
    original = snapshot(w.example.root);
    const created = await createPlan({ root: w.example.root, planRoot: 'repo', history: true });
    await writePlanFile(join(w.base, 'plan.yaml'), created.plan);
    plan = (await readPlanFile(join(w.base, 'plan.yaml'))).plan;
    first = await applyPlan(plan, { root: w.example.root, stores: w.stores });
  }, 60_000);

  afterAll(async () => {
    reader?.close();
    await w?.close();
  });

  const itemOf = (file: string, line: number, column?: number): PlanItem | undefined => {
    const onLine = plan.items.filter((i) => i.members.some((m) => m.file === file && m.line <= line && line <= m.endLine));
    // several values on one line (`docker login -u U -p P REGISTRY`): the one whose span holds the column
    const at = (m: PlanItem['members'][number]) => m.file === file && (m.line < line || m.column <= (column ?? 0)) && (line < m.endLine || (column ?? 0) < m.endColumn);
    return (column === undefined ? undefined : onLine.find((i) => i.members.some(at))) ?? onLine[0];
  };

  it('plans the planted secrets the scanner finds, flags the history-only ones for rotation, and holds no value', () => {
    // detection is the scanner's job; the engine must plan everything it is given
    const unplanned = w.example.secrets.filter((s) => !itemOf(s.file, s.line)).map((s) => `${s.file}:${s.line}`);
    expect(unplanned.length, unplanned.join(', ')).toBeLessThanOrEqual(2);
    expect(plan.historyOnly.length).toBeGreaterThan(0);
    const text = readFileSync(join(w.base, 'plan.yaml'), 'utf8');
    expect(leaked(text, w)).toEqual([]);
  });

  it('stores every planted value routed to a store (read back with the SDK and node-vault)', async () => {
    let checked = 0;
    for (const s of w.example.secrets) {
      const item = itemOf(s.file, s.line, s.column);
      if (!item || item.store === 'remove' || item.skip) continue;
      const stored = await reader.read(item.store, item.name, plan.vaultMount);
      const value = s.value.reveal();
      const encoded = Buffer.from(value).toString('base64');
      expect(holds(stored, value) || holds(stored, encoded), `${s.file}:${s.line} → ${item.store} ${item.name}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(40);
    expect(first.items.filter((i) => i.status === 'failed' || i.status === 'skipped')).toEqual([]);
  });

  it('leaves no planted value on a migrated line, and every touched file still parses', async () => {
    expect(first.problems).toEqual([]);
    const manual = new Set(first.manual.map((m) => `${m.file}:${m.line}`));
    const { detections } = await scan({ root: w.example.root });
    const migrated = new Set(plan.items.filter((i) => !i.skip).flatMap((i) => i.members.filter((m) => !manual.has(`${m.file}:${m.line}`)).map((m) => `${m.file}\0${m.fingerprint}`)));
    const left = detections.filter((d) => migrated.has(`${d.file}\0${d.fingerprint}`)).map((d) => `${d.file}:${d.line} ${d.rule}`);
    expect(left).toEqual([]);
    const rewritten = first.files.map((f) => f.file);
    expect(rewritten).toEqual(expect.arrayContaining(['.env', 'apps/api/src/db.ts', 'infra/terraform/main.tf', 'k8s/secret.yaml', 'services/billing/billing/settings.py']));
  });

  it('keeps the TypeScript API compiling under strict', () => {
    const apiDir = join(w.example.root, 'apps/api');
    const { config } = ts.readConfigFile(join(apiDir, 'tsconfig.json'), ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, apiDir, { noEmit: true, typeRoots: [join(workspaceRoot, 'node_modules/@types')] });
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
    expect(readFileSync(join(apiDir, 'src/db.ts'), 'utf8')).toContain('requireEnv(');
  });

  it('writes the report, the policies and git-ignores .unleak/, with no value anywhere', () => {
    const report = readFileSync(join(w.example.root, 'unleak-report.md'), 'utf8');
    expect(report).toContain('## What moved where');
    expect(report).toContain('## Rotate these secrets');
    expect(report).toContain('## Manual edit needed');
    expect(first.policyFiles.some((f) => f.endsWith('.iam.json'))).toBe(true);
    expect(first.policyFiles.some((f) => f.endsWith('.hcl'))).toBe(true);
    expect(readFileSync(join(w.example.root, '.gitignore'), 'utf8')).toMatch(/^\.unleak\/$/m);
    // .unleak/backup holds the original files (0600, git-ignored) so rollback can restore them; nothing else may hold a value
    const everything = [allText(join(w.example.root, '.unleak'), ['backup']), report, JSON.stringify(first)].join('\n');
    expect(leaked(everything, w)).toEqual([]);
    expect(statSync(join(w.example.root, '.unleak/backup', plan.id, 'apps/api/src/db.ts')).mode & 0o777).toBe(0o600);
  });

  it('re-applying changes nothing: no store version, no file, exit-0 result', async () => {
    const before = snapshot(w.example.root);
    const versions = JSON.stringify(versionsOf(w));
    const again = await applyPlan(plan, { root: w.example.root, stores: w.stores });
    expect(again.changed).toBe(false);
    expect(again.items.every((i) => i.status === 'already')).toBe(true);
    expect(JSON.stringify(versionsOf(w))).toBe(versions);
    expect(snapshot(w.example.root)).toEqual(before);
  });

  it('rollback restores every file byte for byte and removes only what this plan created', async () => {
    const result = await rollbackPlan(plan, { root: w.example.root, stores: w.stores });
    expect(result.files.filter((f) => f.outcome === 'kept')).toEqual([]);
    // .gitignore keeps the `.unleak/` line apply added (the backups there hold the original values)
    const now = snapshot(w.example.root);
    expect(now.get('.gitignore')?.toString()).toBe(`${original.get('.gitignore')?.toString() ?? ''}# unleak's journal, backups and audit log (never commit them)\n.unleak/\n`);
    now.delete('.gitignore');
    const before = new Map(original);
    before.delete('.gitignore');
    expect(now).toEqual(before);
    expect(existsSync(join(w.example.root, 'unleak-report.md'))).toBe(false);
    const stored = plan.items.filter((i) => !i.skip && i.store !== 'remove');
    expect(result.stores.filter((s) => s.outcome === 'removed')).toHaveLength(stored.length);
    const state = w.sandbox.state();
    expect(state.parameters).toEqual([]);
    expect(state.secrets.filter((s) => !s.scheduledForDeletion)).toEqual([]);
    expect(state.vault.filter((v) => v.versions.some((x) => !x.deleted && !x.destroyed))).toEqual([]);
  });
});

/** The planted secrets (as file:line, never the value) whose value occurs in `text`. */
function leaked(text: string, w: World): string[] {
  return [...w.example.secrets, ...w.example.removed].filter((s) => text.includes(s.value.reveal())).map((s) => `${s.file}:${s.line}`);
}

function versionsOf(w: World) {
  const s = w.sandbox.state();
  return { p: s.parameters.map((p) => [p.name, p.versions]), s: s.secrets.map((x) => [x.name, x.versions.map((v) => v.id)]), v: s.vault.map((v) => [v.path, v.currentVersion]) };
}
