import type { Classified, MigrationItem } from './types.js';
import { STORE_LABEL } from './defaults.js';

/** What `unleak config explain` prints for one finding: the decision, and which rule made it. Never the value. */
export function explainFinding(finding: Classified, item: MigrationItem | undefined, redacted: string): string {
  const decided =
    finding.decidedBy.source === 'policy'
      ? `unleak.yaml routing.rules[${finding.decidedBy.index}]: ${finding.decidedBy.summary}`
      : finding.decidedBy.source === 'default-store'
        ? `unleak.yaml ${finding.decidedBy.summary}`
        : `built-in default '${finding.decidedBy.id}': ${finding.decidedBy.summary}`;
  const lines = [
    `${finding.file}:${finding.line}  ${finding.rule}  ${redacted}  (fingerprint ${finding.fingerprint})`,
    `  kind         ${finding.kind}`,
    `  sensitivity  ${finding.sensitivity}`,
    `  store        ${finding.store} (${STORE_LABEL[finding.store]})`,
    `  decided by   ${decided}`,
    `  reason       ${finding.reason}`,
  ];
  if (finding.store !== 'remove') lines.push(`  name         ${finding.name}${finding.jsonKey ? ` → key '${finding.jsonKey}'` : ''}`);
  lines.push(`  project/env  ${finding.project} / ${finding.env}`);
  if (item && item.members.length > 1) lines.push(`  group        ${item.id}: ${item.members.length} values (${item.members.map((m) => `${m.file}:${m.line}`).join(', ')})`);
  lines.push(`  rotation     ${finding.rotation.needed ? 'needed' : 'not scheduled'}${finding.rotation.template ? ` (${finding.rotation.template})` : ''}: ${finding.rotation.note}`);
  if (finding.exposure) lines.push(`  exposure     ${finding.exposure.note}`);
  return `${lines.join('\n')}\n`;
}
