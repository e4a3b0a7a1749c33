import type { Finding } from '@unleak/core';

/** What every output format receives: public findings only (never a value), stats and rule titles. */
export interface ScanReport {
  findings: Finding[];
  /** `files`: distinct paths; `commits`: how many commits a `--history` scan read (history only). */
  stats: { files: number; bytes: number; ms: number; commits?: number };
  /** Rule id → title, for SARIF rule descriptors and text output. */
  ruleTitles: ReadonlyMap<string, string>;
  color: boolean;
  toolVersion: string;
}

export type Formatter = (report: ScanReport) => string;

export function titleOf(report: ScanReport, ruleId: string): string {
  return report.ruleTitles.get(ruleId) ?? ruleId.replace(/-/g, ' ');
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * `scanned 12 files (3.4 KB) in 15 ms`, with history `scanned 4 files in 9 commits (3.4 KB) in 15 ms` — always
 * printed, so a hook never passes silently on nothing.
 */
export function statsLine(stats: ScanReport['stats']): string {
  const commits = stats.commits === undefined ? '' : ` in ${stats.commits} ${stats.commits === 1 ? 'commit' : 'commits'}`;
  return `scanned ${stats.files} ${stats.files === 1 ? 'file' : 'files'}${commits} (${formatBytes(stats.bytes)}) in ${stats.ms} ms`;
}

/**
 * A name from the scanned repository (file path, project name) as a terminal may show it: control characters
 * escaped (`\x1b`, `\n`), so a crafted file name cannot clear the screen or rewrite the lines of a report.
 */
export function printable(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => ESCAPED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

const ESCAPED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };
