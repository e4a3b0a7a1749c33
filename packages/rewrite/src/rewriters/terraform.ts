import { braceBalanceError, enclosingBlockHeaders } from '../block-scope.js';
import { PlanBuilder } from '../plan.js';
import { describeStore, identifierFor, vaultMount } from '../references.js';
import { fullLine, lineEnding, quotedLiteralAround } from '../text.js';
import type { RewriteTarget, Rewriter } from '../types.js';

interface DataSource {
  type: string;
  id: string;
  block: string;
  expression: string;
}

function dataSourceFor(t: RewriteTarget): DataSource | undefined {
  const id = identifierFor(t.name);
  switch (t.store) {
    case 'ssm-string':
    case 'ssm-secure':
      return { type: 'aws_ssm_parameter', id, block: `  name = ${JSON.stringify(t.name)}\n`, expression: `data.aws_ssm_parameter.${id}.value` };
    case 'secrets-manager': {
      const secret = `data.aws_secretsmanager_secret_version.${id}.secret_string`;
      return {
        type: 'aws_secretsmanager_secret_version',
        id,
        block: `  secret_id = ${JSON.stringify(t.name)}\n`,
        expression: t.jsonKey ? `jsondecode(${secret})[${JSON.stringify(t.jsonKey)}]` : secret,
      };
    }
    case 'vault':
      return {
        type: 'vault_kv_secret_v2',
        id,
        block: `  mount = ${JSON.stringify(vaultMount(t))}\n  name  = ${JSON.stringify(t.name)}\n`,
        expression: `data.vault_kv_secret_v2.${id}.data[${JSON.stringify(t.jsonKey ?? 'value')}]`,
      };
    case 'remove':
      return undefined;
  }
}

const PROVIDER_CREDENTIAL = /^\s*(access_key|secret_key|token)\s*=/;
/** `name = "…"` at the top of a variable definitions file: the only shape a `.tfvars` assignment has. */
const TFVARS_ASSIGNMENT = /^\s*([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*$/;

/** `.tfvars` files hold constants only: no data sources, no expressions, so a secret there can only go. */
function isVariableDefinitions(path: string): boolean {
  return /\.tfvars$/.test(path);
}

/**
 * A literal becomes a data-source expression and the data block is appended to the same file once per
 * name. Static credentials in `provider "aws"` are deleted; variable defaults are deleted too, because a
 * variable cannot read a data source.
 */
export const terraform: Rewriter = {
  plan(input) {
    const plan = new PlanBuilder();
    const { text } = input;
    const appended = new Set<string>();
    for (const t of input.targets) {
      if (isVariableDefinitions(input.path)) {
        removeVariableValue(plan, input.path, text, t);
        continue;
      }
      const headers = enclosingBlockHeaders(text, t.span.start);
      const outer = headers[0] ?? '';
      const line = fullLine(text, t.span.start);
      if (t.store === 'remove') {
        if (/^provider\s+"aws"/.test(outer) && PROVIDER_CREDENTIAL.test(text.slice(line.start, line.end))) {
          plan.edit(line.start, line.end, '');
          plan.note(`Removed static AWS credentials from \`${input.path}\`: the provider now uses the default chain (AWS_PROFILE / \`profile = "…"\`, an instance or task role, or \`assume_role_with_web_identity\` / OIDC in CI).`);
        } else plan.manualFor(t, 'credential marked for removal outside a provider "aws" block (manual edit needed)');
        continue;
      }
      const literal = quotedLiteralAround(text, t.span, ['"']);
      if (!literal) {
        plan.manualFor(t, 'secret is not in a one-line quoted string (heredoc?) (manual edit needed)');
        continue;
      }
      if (/^variable\s+"/.test(outer) && /^\s*default\s*=/.test(text.slice(line.start, literal.start))) {
        plan.edit(line.start, line.end, '');
        const variable = /^variable\s+"([^"]+)"/.exec(outer)?.[1] ?? '';
        plan.note(`Removed the default of variable \`${variable}\` in \`${input.path}\`: pass it with \`TF_VAR_${variable}\` from ${describeStore(t)}, or read the data source where the variable is used.`);
        continue;
      }
      const source = dataSourceFor(t);
      if (!source) continue;
      const whole = literal.contentStart === t.span.start && literal.contentEnd === t.span.end;
      if (whole) plan.edit(literal.start, literal.end, source.expression);
      else plan.edit(t.span.start, t.span.end, `\${${source.expression}}`);
      const declared = new RegExp(`^\\s*data\\s+"${source.type}"\\s+"${source.id}"`, 'm').test(text);
      if (!declared && !appended.has(`${source.type}.${source.id}`)) {
        appended.add(`${source.type}.${source.id}`);
        const eol = lineEnding(text);
        const block = `data "${source.type}" "${source.id}" {\n${source.block}}\n`.replace(/\n/g, eol);
        plan.edit(text.length, text.length, `${text.endsWith('\n') ? eol : eol + eol}${block}`);
      }
      plan.note(`\`${input.path}\` now reads ${describeStore(t)} through \`data.${source.type}.${source.id}\`; the value still lands in Terraform state (on Terraform ≥ 1.10 prefer an \`ephemeral\` block or a write-only argument).`);
    }
    return plan;
  },
  validate: (text) => braceBalanceError(text),
};

/**
 * A `.tfvars` line `name = "secret"` is deleted and the variable is fed from the store through `TF_VAR_name`;
 * a secret inside a map, list or heredoc is left for a person.
 */
function removeVariableValue(plan: PlanBuilder, path: string, text: string, t: RewriteTarget): void {
  const literal = quotedLiteralAround(text, t.span, ['"']);
  const line = fullLine(text, t.span.start);
  const variable = literal && enclosingBlockHeaders(text, t.span.start).length === 0 ? TFVARS_ASSIGNMENT.exec(text.slice(line.start, literal.start))?.[1] : undefined;
  if (!literal || !variable || !/^\s*(?:(?:#|\/\/).*)?\s*$/.test(text.slice(literal.end, line.end))) {
    plan.manualFor(t, 'secret inside a map, list or heredoc of a .tfvars file: remove it and pass the variable with TF_VAR_<name> (manual edit needed)');
    return;
  }
  plan.edit(line.start, line.end, '');
  if (t.store === 'remove') {
    plan.note(`Removed \`${variable}\` from \`${path}\`: a static AWS credential; use the default chain (AWS_PROFILE, an instance or task role, or OIDC in CI) instead.`);
    return;
  }
  plan.note(`Removed \`${variable}\` from \`${path}\` (a .tfvars file cannot read a data source): pass it with \`TF_VAR_${variable}\` from ${describeStore(t)}, or read the data source in the module that uses it.`);
}
