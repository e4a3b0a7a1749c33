import type { Sensitivity } from '@unleak/core';
import { statsLine, titleOf, type Formatter } from './report.js';

const COMMAND: Record<Sensitivity, 'error' | 'warning' | 'notice'> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice' };

/** GitHub Actions workflow commands: inline annotations on the PR diff for repos without code scanning. */
export const formatGithub: Formatter = (report) => {
  const lines = report.findings.map((f) => {
    const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=${escapeProperty(`unleak ${f.rule}`)}`];
    return `::${COMMAND[f.sensitivity]} ${props.join(',')}::${escapeData(`${titleOf(report, f.rule)} (${f.redacted}, ${f.sensitivity}) is hardcoded; move it to ${f.store}. Fingerprint ${f.fingerprint}`)}`;
  });
  lines.push(`unleak: ${report.findings.length} findings · ${statsLine(report.stats)}`);
  return `${lines.join('\n')}\n`;
};

/** The escaping GitHub's toolkit applies to workflow command data and properties. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
