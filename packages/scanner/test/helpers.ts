import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fake, SecretValue, toPublicFinding } from '@unleak/core';
import type { DetectorKit } from '../src/detector-kit.js';
import type { Pending } from '../src/filters/pending.js';
import { matchRule } from '../src/match-rule.js';
import type { Rule } from '../src/rule.js';
import type { ScanResult } from '../src/scan.js';
import type { Assignment, Fragment } from '../src/types.js';

/** A well-formed AWS access key id, built at test time so the repository never holds one. */
export const awsKey = (seed: string) => 'AK' + 'IA' + fake.upper(16, seed);

/** A stand-in token rule so pipeline tests do not depend on the provider registry. */
export const demoRule: Rule = {
  id: 'demo-token',
  provider: 'demo',
  title: 'Demo token',
  kind: 'api-key',
  sensitivity: 'high',
  store: 'ssm-secure',
  keywords: ['dmo_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>dmo_[A-Za-z0-9]{24})(?![A-Za-z0-9])/,
  samples: { match: [], noMatch: [] },
};
export const demoToken = (seed: string) => 'dmo_' + fake.alnum(24, seed);

/** `key = value` / `key: value` lines, enough to exercise context and generic hand-off. */
export function simpleAssignments(fragment: Fragment): Assignment[] {
  const out: Assignment[] = [];
  const re = /^[ \t]*([A-Za-z_][\w.]*)[ \t]*[:=][ \t]*["']?([^"'\r\n]*)/gm;
  for (let m = re.exec(fragment.text); m; m = re.exec(fragment.text)) {
    const value = m[2] ?? '';
    const start = m.index + m[0].length - value.length;
    out.push({ key: m[1] ?? '', scope: [], value, start, end: start + value.length, groupId: 'g1' });
  }
  return out;
}

export const standInKit: DetectorKit = {
  rules: [demoRule],
  matchRule,
  fileKindOf: (path) => (path.endsWith('.env') ? 'dotenv' : path.endsWith('.yaml') ? 'yaml' : 'text'),
  extractAssignments: simpleAssignments,
  genericCandidates: (fragment, assignments) =>
    assignments
      .filter((a) => /password/i.test(a.key) && a.value.length >= 8)
      .map((a) => ({
        ruleId: 'generic-password',
        secret: a.value,
        start: a.start,
        end: a.end,
        kind: 'password',
        sensitivity: 'high' as const,
        store: 'ssm-secure' as const,
        context: { fileKind: fragment.fileKind },
      })),
  isPlaceholder: (v) => /^\$\{.*\}$|^changeme$|^x{4,}$/i.test(v),
};

export function tempDir(prefix = 'unleak-scan-'): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(root, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  });
}

export function initRepo(root: string): void {
  git(root, 'init', '-q', '-b', 'main');
}

/** Commits everything (an empty commit too) with a fixed author date; returns the new commit. */
export function commitAll(root: string, message: string, date = '2024-03-02T10:00:00Z'): string {
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '--allow-empty', '-m', message, `--date=${date}`);
  return git(root, 'rev-parse', 'HEAD').trim();
}

/** Everything a reporter could print, minus the values: what the security invariant is checked against. */
export function printable(r: ScanResult): string {
  return JSON.stringify({ findings: r.detections.map(toPublicFinding), suppressed: r.suppressed, skipped: r.skipped });
}

export function pending(overrides: Partial<Pending> & { value?: string } = {}): Pending {
  const { value = demoToken('pending'), ...rest } = overrides;
  return {
    rule: 'demo-token',
    file: 'src/app.ts',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 33,
    secret: new SecretValue(value),
    fingerprint: 'f'.repeat(16),
    kind: 'api-key',
    sensitivity: 'high',
    store: 'ssm-secure',
    context: { fileKind: 'typescript' },
    ...rest,
  };
}
