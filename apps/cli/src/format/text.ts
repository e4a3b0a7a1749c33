import type { Finding, Sensitivity } from '@unleak/core';
import { inProjectOrder, projectHeadings } from './by-project.js';
import { printable, statsLine, type Formatter } from './report.js';

const SENSITIVITY_COLOR: Record<Sensitivity, string> = { critical: '\x1b[1;31m', high: '\x1b[31m', medium: '\x1b[33m', low: '\x1b[36m' };
const BOLD = '\x1b[1m';
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

/**
 * Human output: findings grouped by file (and by Nx project first when they span several), redacted
 * values, a summary with files, bytes and time.
 */
export const formatText: Formatter = (report) => {
  const paint = (code: string, s: string) => (report.color ? `${code}${s}${RESET}` : s);
  const byFile = new Map<string, Finding[]>();
  for (const f of inProjectOrder(report.findings)) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const out: string[] = [];
  const headings = projectHeadings(report.findings);
  for (const [file, findings] of byFile) {
    const heading = headings.get(file);
    if (heading) out.push(paint(BOLD, `▸ ${printable(heading)}`));
    out.push(paint(BOLD, printable(file)));
    const where = findings.map((f) => `${f.line}:${f.column}`);
    const width = Math.max(...where.map((w) => w.length));
    const ruleWidth = Math.max(...findings.map((f) => f.rule.length));
    findings.forEach((f, i) => {
      const commit = f.commit ? paint(DIM, ` ${commitNote(f)}`) : '';
      out.push(
        `  ${(where[i] ?? '').padEnd(width)}  ${paint(SENSITIVITY_COLOR[f.sensitivity], f.sensitivity.padEnd(8))}  ${f.rule.padEnd(ruleWidth)}  ${f.redacted}${commit}  ${paint(DIM, `→ ${f.store}  ${f.fingerprint}`)}`,
      );
    });
    out.push('');
  }
  const n = report.findings.length;
  if (n === 0) out.push(`${paint('\x1b[32m', 'no findings')} · ${statsLine(report.stats)}`);
  else {
    const counts = (['critical', 'high', 'medium', 'low'] as const)
      .map((s) => [s, report.findings.filter((f) => f.sensitivity === s).length] as const)
      .filter(([, c]) => c > 0)
      .map(([s, c]) => `${c} ${s}`);
    out.push(`${paint(BOLD, `${n} ${n === 1 ? 'finding' : 'findings'}`)} (${counts.join(', ')}) · ${statsLine(report.stats)}`);
    out.push(`fix: run 'unleak' to migrate them to a secret store; mark false positives with 'unleak:allow' or 'unleak baseline'`);
  }
  return `${out.join('\n')}\n`;
};

/** History findings: `@abc12345 2024-03-02 (removed)`, the date and "(removed)" when the value left HEAD. */
function commitNote(f: Finding): string {
  return [`@${(f.commit ?? '').slice(0, 8)}`, f.committedAt?.slice(0, 10), f.inHead === false ? '(removed)' : undefined].filter(Boolean).join(' ');
}
