import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fake, type Plan } from '@unleak/core';
import { createPlan, formatPlan, parsePlanText, renderReport } from '@unleak/migrate';

const token = 'gh' + 'p_' + fake.alnum(36, 'plan-exposure');
const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim();
function write(root: string, rel: string, text: string): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}

/** A token committed in one file, deleted from it, and now (uncommitted) in another: exposed, no longer in HEAD. */
describe('plan exposure from a --history scan', () => {
  let root: string;
  let leak: string;
  let plan: Plan;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'unleak-plan-exposure-'));
    write(root, 'config/old.env', `GITHUB_TOKEN=${token}\n`);
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'leak', '--date=2024-03-02T10:00:00Z');
    leak = git(root, 'rev-parse', 'HEAD');
    git(root, 'rm', '-q', 'config/old.env');
    git(root, 'commit', '-qm', 'remove the token');
    write(root, 'src/gh.ts', `export const token = "${token}";\n`);
    plan = (await createPlan({ root, history: true })).plan;
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("records the classifier's note: the commit's date and that the value is gone from HEAD", () => {
    const item = plan.items.find((i) => i.members.some((m) => m.file === 'src/gh.ts'));
    expect(item?.exposure).toEqual({
      commit: leak,
      since: '2024-03-02T10:00:00+00:00',
      inHead: false,
      note: `committed 2024-03-02 (${leak.slice(0, 7)}), removed from HEAD but still in history: rotate`,
    });
  });

  it('stays a valid plan through YAML and holds no value', () => {
    const text = formatPlan(plan);
    expect(parsePlanText(text)).toEqual(plan);
    expect(text).not.toContain(token);
  });

  it('reads a plan written before inHead existed', () => {
    const item = plan.items.find((i) => i.exposure);
    if (!item?.exposure) throw new Error('expected an exposed item');
    const { inHead: _dropped, ...older } = item.exposure;
    const before = { ...plan, items: plan.items.map((i) => (i === item ? { ...i, exposure: older } : i)) };
    expect(parsePlanText(formatPlan(before)).items.find((i) => i.id === item.id)?.exposure).toEqual(older);
  });

  it("the report's rotation list gives the same note", () => {
    const result = { planId: plan.id, dryRun: false, items: [], files: [], manual: [], notes: [], problems: [], changed: false, policyFiles: [] };
    const report = renderReport(plan, result, [], []);
    expect(report).toContain(`committed 2024-03-02 (${leak.slice(0, 7)}), removed from HEAD but still in history: rotate`);
    expect(report).not.toContain(token);
  });
});
