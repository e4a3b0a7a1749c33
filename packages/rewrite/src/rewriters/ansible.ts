import { iniAssignmentAt, iniDoubleQuoted, iniSyntaxError, isIniInventory } from '../ini-inventory.js';
import { PlanBuilder } from '../plan.js';
import { describeStore, vaultMount } from '../references.js';
import type { RewriteInput, RewritePlan, Rewriter, RewriteTarget } from '../types.js';
import { REMOVE_MANUAL, yamlScalarRewriter } from './yaml-scalar.js';

function lookup(t: RewriteTarget): string | { manual: string } {
  const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  switch (t.store) {
    case 'ssm-string':
    case 'ssm-secure':
      return `{{ lookup('amazon.aws.ssm_parameter', ${q(t.name)}) }}`;
    case 'secrets-manager':
      return t.jsonKey
        ? `{{ lookup('amazon.aws.secretsmanager_secret', ${q(`${t.name}.${t.jsonKey}`)}, nested=true) }}`
        : `{{ lookup('amazon.aws.secretsmanager_secret', ${q(t.name)}) }}`;
    case 'vault':
      return `{{ lookup('community.hashi_vault.vault_kv2_get', ${q(t.name)}, engine_mount_point=${q(vaultMount(t))}).secret.${t.jsonKey ?? 'value'} }}`;
    case 'remove':
      return REMOVE_MANUAL;
  }
}

function lookupNote(t: RewriteTarget): string {
  return `Ansible now reads ${describeStore(t)} at run time: install the ${t.store === 'vault' ? 'community.hashi_vault' : 'amazon.aws'} collection, give the controller read access, and set \`no_log: true\` on tasks that use it.`;
}

function removalNote(_t: RewriteTarget, input: RewriteInput): string {
  return `Removed static AWS credentials from \`${input.path}\`: the amazon.aws modules use the default chain, so run Ansible with an instance profile or task role, \`AWS_PROFILE\`, or OIDC-issued credentials in CI (\`aws-actions/configure-aws-credentials\` with \`role-to-assume\`); delete the access key in IAM.`;
}

const yamlAnsible = yamlScalarRewriter({ reference: lookup, notes: (t) => [lookupNote(t)], removalNote });

/**
 * `key=value` host and group variables of an INI inventory: the value becomes the double-quoted lookup,
 * which Ansible unquotes in host lines and `[group:vars]` alike; `remove` targets lose their assignment.
 */
function iniPlan(input: RewriteInput): RewritePlan {
  const plan = new PlanBuilder();
  const { text } = input;
  for (const t of input.targets) {
    const a = iniAssignmentAt(text, t.span);
    if ('problem' in a) {
      plan.manualFor(t, `${a.problem} in this INI inventory (manual edit needed)`);
      continue;
    }
    if (t.store === 'remove') {
      if (t.span.start !== a.contentStart || t.span.end !== a.contentEnd) {
        plan.manualFor(t, 'credential marked for removal, but it is only part of its value: delete it by hand and use a role, profile or OIDC (manual edit needed)');
        continue;
      }
      if (a.inVarsSection) {
        const end = text.indexOf('\n', a.end);
        plan.edit(text.lastIndexOf('\n', a.start - 1) + 1, end === -1 ? text.length : end + 1, '');
      } else {
        let start = a.start;
        while (start > 0 && /[ \t]/.test(text[start - 1] ?? '')) start--;
        plan.edit(start, a.end, '');
      }
      plan.note(removalNote(t, input));
      continue;
    }
    const reference = lookup(t);
    if (typeof reference !== 'string') {
      plan.manualFor(t, reference.manual);
      continue;
    }
    if (t.span.start === a.contentStart && t.span.end === a.contentEnd) plan.edit(a.valueStart, a.valueEnd, iniDoubleQuoted(reference));
    else if (a.quote === '"') plan.edit(t.span.start, t.span.end, iniDoubleQuoted(reference).slice(1, -1));
    else if (a.quote === '' && !/["'\\\s]/.test(text.slice(a.valueStart, a.valueEnd))) {
      const before = text.slice(a.valueStart, t.span.start);
      const after = text.slice(t.span.end, a.valueEnd);
      plan.edit(a.valueStart, a.valueEnd, iniDoubleQuoted(`${before}${reference}${after}`));
    } else {
      plan.manualFor(t, 'the secret is part of a single-quoted or escaped INI value; quote the value with `"` and splice in the lookup (manual edit needed)');
      continue;
    }
    plan.note(lookupNote(t));
  }
  return plan;
}

/**
 * Playbooks, vars files and YAML inventories: the scalar becomes a Jinja lookup of the store (quoted),
 * static AWS credentials lose their line. INI inventories get the same lookup as a quoted `key=value`.
 */
export const ansible: Rewriter = {
  plan: (input) => (isIniInventory(input.path, input.text) ? iniPlan(input) : yamlAnsible.plan(input)),
  validate: (text, input) => (isIniInventory(input.path, input.text) ? iniSyntaxError(text) : yamlAnsible.validate?.(text, input)),
};
