import type { Finding } from '@unleak/core';
import { printable, statsLine, type ScanReport } from './report.js';

const BOLD = '\x1b[1m';
const DIM = '\x1b[2m';
const RED = '\x1b[31m';
const RESET = '\x1b[0m';

/**
 * The commit-hook report (`scan --staged`, text): one line per finding, saying where, what (redacted) and
 * how to allow it, so the author can act without reading a grouped report. The summary goes to stderr
 * (`stagedSummary`): on a clean commit it is the only line printed.
 */
export function formatStaged(report: ScanReport): string {
  const paint = (code: string, s: string) => (report.color ? `${code}${s}${RESET}` : s);
  return report.findings
    .map((f) => `${paint(BOLD, `${printable(f.file)}:${f.line}`)}  ${paint(RED, f.rule)}  ${f.redacted}  ${paint(DIM, allowHint(f))}\n`)
    .join('');
}

/** The two ways to accept a finding that is not a secret (or is accepted risk). */
export function allowHint(f: Finding): string {
  return `(allow: 'unleak:allow' on the line, or unleak baseline add ${f.fingerprint})`;
}

/**
 * `unleak: 2 findings · scanned 12 files (34 KB) in 40 ms` plus, on findings, what to do next; `blocks` is
 * false when findings exit 0 (`--exit-zero`, a warn-only hook), so the commit goes ahead.
 */
export function stagedSummary(report: Pick<ScanReport, 'findings' | 'stats'>, blocks = true): string {
  const n = report.findings.length;
  if (n === 0) return `unleak: no findings · ${statsLine(report.stats)}\n`;
  return (
    `unleak: ${n} ${n === 1 ? 'finding' : 'findings'} in staged changes · ${statsLine(report.stats)}\n` +
    `unleak: ${blocks ? 'commit blocked; ' : ''}run 'unleak' to move the values to a secret store, or allow them as shown\n`
  );
}
