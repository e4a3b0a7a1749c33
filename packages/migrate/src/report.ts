import { join } from 'node:path';
import type { Plan, PlanItem } from '@unleak/core';
import { atomicWrite } from './atomic-write.js';
import type { ApplyResult } from './apply.js';
import type { JournalLine } from './journal.js';

export const REPORT_FILE = 'unleak-report.md';

const STORE_TITLE: Record<string, string> = {
  'ssm-string': 'SSM Parameter Store (String)',
  'ssm-secure': 'SSM Parameter Store (SecureString)',
  'secrets-manager': 'Secrets Manager',
  vault: 'Vault KV v2',
  remove: 'removed (use a role, profile or OIDC)',
};

/** How the value reaches the program after the rewrite, per store; the rewriters' own notes come after. */
const NEXT_STEPS: Record<string, string> = {
  'ssm-string': 'Parameter Store String: inject with ECS `secrets: valueFrom: <parameter ARN>`, Lambda `aws ssm get-parameter`, or `chamber exec <service> -- <cmd>`; CloudFormation `{{resolve:ssm:/name}}`.',
  'ssm-secure': 'Parameter Store SecureString: inject with ECS `secrets: valueFrom: <parameter ARN>` (the task role needs `ssm:GetParameters` and `kms:Decrypt`), `aws ssm get-parameter --with-decryption`, or `chamber exec`.',
  'secrets-manager': 'Secrets Manager: inject with ECS `secrets: valueFrom: <secret ARN>:<json-key>::`, the Lambda Parameters and Secrets extension, External Secrets Operator (Kubernetes), or `aws secretsmanager get-secret-value`; set up rotation where the item says it is needed.',
  vault: 'Vault KV v2: inject with Vault Agent templates, `vault kv get -mount=<mount> <path>`, the Vault CSI provider or External Secrets Operator.',
  remove: 'Removed credentials: delete the access key in IAM, and use an instance/task role, `AWS_PROFILE` or GitHub OIDC (`aws-actions/configure-aws-credentials` with `role-to-assume`) instead.',
};

/**
 * Writes `unleak-report.md` (what moved where, cost, policies, rotation, manual edits, next steps) and the
 * read policies as files under `.unleak/policies/`. Built from the plan and the journal, so a resumed apply
 * reports every run, not only the last one. No values: redacted forms and names only.
 */
export async function writeReport(root: string, plan: Plan, result: ApplyResult, journal: JournalLine[]): Promise<{ reportPath: string; policyFiles: string[] }> {
  const policyFiles: string[] = [];
  for (const p of plan.policies) {
    if (p.iam) {
      const file = `.unleak/policies/${safe(p.project)}.iam.json`;
      await atomicWrite(join(root, file), `${p.iam}\n`);
      policyFiles.push(file);
    }
    if (p.vaultHcl) {
      const file = `.unleak/policies/${safe(p.project)}.hcl`;
      await atomicWrite(join(root, file), p.vaultHcl.endsWith('\n') ? p.vaultHcl : `${p.vaultHcl}\n`);
      policyFiles.push(file);
    }
  }
  await atomicWrite(join(root, REPORT_FILE), renderReport(plan, result, journal, policyFiles));
  return { reportPath: REPORT_FILE, policyFiles };
}

export function renderReport(plan: Plan, result: ApplyResult, journal: JournalLine[], policyFiles: string[]): string {
  const stored = new Map<string, JournalLine & { step: 'item-stored' }>();
  const failed = new Map<string, string>();
  const notes = new Set<string>();
  const manual = new Map<string, string>();
  for (const line of journal) {
    if (line.step === 'item-stored') {
      stored.set(line.item, line);
      failed.delete(line.item);
    } else if (line.step === 'item-failed' && !stored.has(line.item)) failed.set(line.item, line.error);
    else if (line.step === 'file-planned') {
      for (const n of line.notes ?? []) notes.add(n);
      for (const m of line.manual ?? []) manual.set(`${line.file}:${m.line}`, m.reason);
    }
  }
  for (const n of result.notes) notes.add(n);
  for (const m of result.manual) manual.set(`${m.file}:${m.line}`, m.reason);
  const skipped = result.items.filter((i) => i.status === 'skipped');

  const out: string[] = [];
  out.push('# unleak migration report', '');
  out.push(`Plan \`${plan.id}\` (made ${plan.createdAt}). ${stored.size} of ${plan.items.filter((i) => !i.skip).length} items migrated.`, '');

  out.push('## What moved where', '');
  out.push('| item | store | reference | from | status |', '|---|---|---|---|---|');
  for (const item of plan.items) {
    const status = item.skip ? 'skipped in the plan' : stored.has(item.id) ? (item.store === 'remove' ? 'removed' : 'stored') : failed.has(item.id) ? 'failed (still in source)' : 'not migrated (still in source)';
    out.push(`| ${item.id} | ${STORE_TITLE[item.store] ?? item.store} | ${item.store === 'remove' ? '–' : `\`${item.reference}\``} | ${sourcesOf(item)} | ${status} |`);
  }
  out.push('');

  const problems = [...failed.entries()].map(([id, error]) => `- ${id}: ${error}`).concat(skipped.map((s) => `- ${s.id}: ${s.message ?? 'skipped'}`));
  if (problems.length > 0) out.push('## Not migrated', '', ...problems, '');

  out.push('## Monthly cost', '', `Estimate at ${plan.cost.readsPerMonth.toLocaleString('en-US')} reads per item per month:`, '');
  out.push('| store | objects | USD/month | note |', '|---|---|---|---|');
  for (const line of plan.cost.byStore) out.push(`| ${STORE_TITLE[line.store] ?? line.store} | ${line.count} | ${line.monthlyUsd.toFixed(2)} | ${line.note} |`);
  out.push(`| **total** | | **${plan.cost.totalUsd.toFixed(2)}** | |`, '');

  out.push('## Read policies to attach', '');
  if (policyFiles.length === 0) out.push('None: nothing was routed to a store.', '');
  else {
    out.push('Least-privilege read access for each project (attach the IAM policy to the role the service runs as; write the Vault policy with `vault policy write`):', '');
    for (const f of policyFiles) out.push(`- \`${f}\``);
    out.push('');
  }

  const rotate = plan.items.filter((i) => !i.skip && (i.exposure || i.store === 'remove' || i.rotation.needed));
  out.push('## Rotate these secrets', '');
  if (rotate.length === 0 && plan.historyOnly.length === 0) out.push('Nothing flagged. Values that were committed are still in git history: rotate them anyway if the repository was ever shared.', '');
  for (const i of rotate) {
    const why = [i.exposure?.note ?? '', i.store === 'remove' ? 'removed from the code; the credential still works until it is deleted' : '', i.rotation.needed ? i.rotation.note : '']
      .filter(Boolean)
      .join('; ');
    out.push(`- ${i.id} (${i.kind}, ${sourcesOf(i)}): ${why}${i.rotation.template ? ` — template \`${i.rotation.template}\`` : ''}`);
  }
  for (const h of plan.historyOnly) out.push(`- ${h.redacted} (${h.rule}) only in git history, ${h.file}:${h.line} in commit ${h.commit.slice(0, 12)}: rotate it`);
  out.push('');

  if (manual.size > 0) {
    out.push('## Manual edit needed', '');
    for (const [at, reason] of [...manual.entries()].sort()) out.push(`- ${at}: ${reason}`);
    out.push('');
  }
  if (result.problems.length > 0) out.push('## Checks after the rewrite', '', ...result.problems.map((p) => `- ${p}`), '');

  out.push('## Next steps', '');
  for (const store of new Set(plan.items.filter((i) => !i.skip && stored.has(i.id)).map((i) => i.store))) {
    const step = NEXT_STEPS[store];
    if (step) out.push(`- ${step}`);
  }
  for (const n of notes) out.push(`- ${n}`);
  out.push('- Commit the rewritten files. `.unleak/` (journal, backups, audit log) is git-ignored; keep it until you are sure, then delete it.');
  out.push(`- To undo: \`unleak rollback <plan file>\` restores the files and removes the store entries this plan created.`, '');
  return `${out.join('\n')}\n`;
}

function sourcesOf(item: PlanItem): string {
  return [...new Set(item.members.map((m) => `${m.file}:${m.line}`))].join(', ');
}

function safe(project: string): string {
  return project.replace(/[^A-Za-z0-9_.-]+/g, '_') || 'project';
}
