import { readFile, writeFile } from 'node:fs/promises';
import { ConfigError, type Finding } from '@unleak/core';
import { compareFindings } from './filters/sort.js';

/** One accepted finding. No value, no line number, no timestamp: the file changes only when a decision does. */
export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  file: string;
  redacted: string;
  /** Why it was accepted (`unleak baseline add --reason`); optional. */
  reason?: string;
}

export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

export const DEFAULT_BASELINE_FILE = '.unleak-baseline.json';

/** A baseline of these findings: one entry per fingerprint and file, sorted. */
export function baselineOf(findings: readonly Finding[]): Baseline {
  const byKey = new Map<string, BaselineEntry>();
  for (const f of [...findings].sort(compareFindings)) {
    const key = `${f.fingerprint}\0${f.file}`;
    if (!byKey.has(key)) byKey.set(key, { fingerprint: f.fingerprint, rule: f.rule, file: f.file, redacted: f.redacted });
  }
  const entries = [...byKey.values()].sort((a, b) => cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.fingerprint, b.fingerprint));
  return { version: 1, entries };
}

/** Stable JSON: fixed key order, two-space indent, trailing newline. */
export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify({ version: 1, entries: baseline.entries.map(({ fingerprint, rule, file, redacted, reason }) => ({ fingerprint, rule, file, redacted, ...(reason ? { reason } : {}) })) }, null, 2)}\n`;
}

export async function writeBaseline(path: string, baseline: Baseline): Promise<void> {
  await writeFile(path, formatBaseline(baseline), 'utf8');
}

/** Validates a parsed baseline document; collects every problem. */
export function parseBaseline(obj: unknown): { baseline: Baseline; problems: string[] } {
  const problems: string[] = [];
  const baseline: Baseline = { version: 1, entries: [] };
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return { baseline, problems: ['must be a JSON object {"version":1,"entries":[…]}'] };
  const doc = obj as Record<string, unknown>;
  if (doc.version !== 1) problems.push(`version: expected 1, got ${JSON.stringify(doc.version)}; regenerate it with 'unleak baseline'`);
  if (!Array.isArray(doc.entries)) {
    problems.push('entries: must be a list');
    return { baseline, problems };
  }
  doc.entries.forEach((e: unknown, i) => {
    const entry = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
    const missing = ['fingerprint', 'rule', 'file'].filter((k) => typeof entry[k] !== 'string' || entry[k] === '');
    if (missing.length) {
      problems.push(`entries[${i}]: missing ${missing.join(', ')}`);
      return;
    }
    baseline.entries.push({
      fingerprint: String(entry.fingerprint),
      rule: String(entry.rule),
      file: String(entry.file),
      redacted: typeof entry.redacted === 'string' ? entry.redacted : '',
      ...(typeof entry.reason === 'string' && entry.reason !== '' ? { reason: entry.reason } : {}),
    });
  });
  return { baseline, problems };
}

/** Reads and validates a baseline file; a missing or malformed file is a ConfigError naming it. */
export async function readBaseline(path: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new ConfigError(path, [`cannot read the baseline file; create it with 'unleak baseline' or fix the path`]);
  }
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(path, [`not valid JSON (${e instanceof Error ? e.message.split('\n')[0] : 'parse error'}); regenerate it with 'unleak baseline'`]);
  }
  const { baseline, problems } = parseBaseline(obj);
  if (problems.length) throw new ConfigError(path, problems);
  return baseline;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
