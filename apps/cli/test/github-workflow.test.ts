import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/index.js';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';
import { awsKeyId, git, tempRepo, writeFiles } from './scan-helpers.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}

const workflow = parse(readFileSync(new URL('../../../examples/github-actions/unleak.yml', import.meta.url), 'utf8')) as {
  on: Record<string, unknown>;
  jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>;
};
const job = Object.values(workflow.jobs)[0]!;
const steps = job.steps;

/** The unleak invocations in a step's `run:`, as argv after `unleak`, with `${{ … }}` expressions substituted. */
function unleakArgs(run: string, expressions: Record<string, string>): string[][] {
  const expanded = run.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr: string) => {
    const value = expressions[expr];
    if (value === undefined) throw new Error(`no test value for the expression ${expr}`);
    return value;
  });
  return expanded
    .split('\n')
    .map((line) => /(?:^|\s)(?:npx --no-install )?unleak\s+(.*)$/.exec(line.trim())?.[1])
    .filter((rest): rest is string => rest !== undefined)
    .map((rest) => rest.split(/\s+/).filter(Boolean));
}

describe('examples/github-actions/unleak.yml', () => {
  let repo: ReturnType<typeof tempRepo>;
  let baseSha: string;
  const expressions = () => ({ 'github.event.pull_request.base.sha': baseSha });

  beforeAll(async () => {
    repo = tempRepo({});
    git(repo.root, 'init', '-q');
    writeFiles(repo.root, { 'old.env': `K=${awsKeyId('wf1')}\n` });
    git(repo.root, 'add', '.');
    git(repo.root, 'commit', '-qm', 'base');
    const { execFileSync } = await import('node:child_process');
    baseSha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo.root, encoding: 'utf8' }).trim();
    writeFiles(repo.root, { 'new.env': `K=${awsKeyId('wf2')}\n` });
    git(repo.root, 'add', '.');
    git(repo.root, 'commit', '-qm', 'pull request');
  });
  afterAll(() => repo.cleanup());

  it('grants what code scanning needs and runs on pull requests and pushes', () => {
    expect(job.permissions).toMatchObject({ 'security-events': 'write', contents: 'read' });
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
  });

  it('uploads the SARIF the scan step writes, even when an earlier step failed', () => {
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.if).toBe('always()');
    const scan = steps.find((s) => s.run?.includes('--format sarif'))!;
    const [args] = unleakArgs(scan.run!, expressions());
    expect(args).toEqual(expect.arrayContaining(['--exit-code', '0']));
    expect(args![args!.indexOf('--output') + 1]).toBe(upload?.with?.sarif_file);
    expect(steps.indexOf(scan)).toBeLessThan(steps.indexOf(upload!));
  });

  it('every unleak command in it is a valid invocation: it runs (exit 0 or 1, never a usage error)', async () => {
    const invocations = steps.flatMap((s) => (s.run ? unleakArgs(s.run, expressions()) : []));
    expect(invocations.length).toBeGreaterThanOrEqual(3);
    for (const args of invocations) {
      expect(Object.keys(COMMANDS)).toContain(args[0]);
      const io = fakeIo(repo.root);
      const code = await main(args, io);
      expect([0, 1], `unleak ${args.join(' ')} → ${code}: ${io.err}`).toContain(code);
    }
    expect(existsSync(join(repo.root, 'unleak.sarif'))).toBe(true);
  });

  it('the gates fail the job on findings: the pull request gate sees only what the pull request adds', async () => {
    const gates = steps.filter((s) => s.name?.startsWith('Gate'));
    expect(gates).toHaveLength(2);
    for (const gate of gates) {
      const [args] = unleakArgs(gate.run!, expressions());
      expect(args).not.toContain('--exit-zero');
      expect(args).not.toContain('--exit-code');
      const io = fakeIo(repo.root);
      expect(await main(args!, io)).toBe(1);
      const files = io.out.split('\n').filter((l) => l.startsWith('::')).map((l) => /file=([^,]+)/.exec(l)?.[1]);
      if (gate.if?.includes("== 'pull_request'")) expect(files).toEqual(['new.env']);
      else expect(files.sort()).toEqual(['new.env', 'old.env']);
    }
  });

  it('a misspelt flag would be caught by this test (control)', async () => {
    const io = fakeIo(repo.root);
    expect(await main(['scan', '--format', 'sarif', '--exit-code-zero'], io)).toBe(2);
  });
});
