import { enclosingBlockHeaders } from '../block-scope.js';
import { PlanBuilder } from '../plan.js';
import { describeStore, identifierFor } from '../references.js';
import { fullLine, quotedLiteralAround, type QuotedLiteral } from '../text.js';
import type { RewriteInput, Rewriter, RewriteTarget } from '../types.js';

const GROOVY_QUOTES = ["'''", '"""', '"', "'"];

/** A one-line shell step: `sh "…"`, `sh('…')`, `sh(script: "…")`, likewise `bat` and `powershell`. */
const SHELL_STEP = /^(\s*)(?:sh|bat|powershell|pwsh)\s*(?:\(\s*(?:script\s*:\s*)?)?$/;

function credentialNote(t: RewriteTarget, id: string): string {
  return `Create the Jenkins credential \`${id}\` (Secret text) from ${describeStore(t)}, or serve it with the AWS Secrets Manager Credentials Provider plugin.`;
}

/**
 * In a declarative `environment { X = '…' }` block the literal becomes `credentials('id')`. In a one-line
 * `sh` / `bat` / `powershell` step the step is wrapped in `withCredentials([string(…)])` and the secret
 * becomes the shell variable, escaped so Groovy does not interpolate it (Jenkins then masks it in the log).
 * A credential marked `remove` (static AWS keys) in an `environment` block loses its line. Anything else needs
 * a person.
 */
export const jenkinsfile: Rewriter = {
  plan(input) {
    const plan = new PlanBuilder();
    const steps = new Map<number, { line: { start: number; end: number }; indent: string; bindings: string[] }>();
    for (const t of input.targets) {
      const literal = quotedLiteralAround(input.text, t.span, GROOVY_QUOTES);
      const lineStart = input.text.lastIndexOf('\n', (literal?.start ?? t.span.start) - 1) + 1;
      const beforeLiteral = literal ? input.text.slice(lineStart, literal.start) : '';
      const inEnvironment = enclosingBlockHeaders(input.text, t.span.start).at(-1) === 'environment';
      const id = credentialId(t);
      const line = fullLine(input.text, t.span.start);
      const rest = literal ? input.text.slice(literal.end, line.end).trim() : '';
      if (t.store === 'remove' && literal && inEnvironment && /^\s*[A-Za-z_]\w*\s*=\s*$/.test(beforeLiteral) && rest === '') {
        plan.edit(line.start, line.end, '');
        plan.note(`Removed static AWS credentials from \`${input.path}\`: run the agent with an instance role, or bind an AWS credential with \`withAWS(role: …)\` / \`withCredentials([aws(…)])\`; deactivate the key in IAM.`);
        continue;
      }
      if (t.store !== 'remove' && literal && inEnvironment && /^\s*[A-Za-z_]\w*\s*=\s*$/.test(beforeLiteral)) {
        if (literal.contentStart !== t.span.start || literal.contentEnd !== t.span.end) plan.widen(t, { start: literal.start, end: literal.end });
        plan.edit(literal.start, literal.end, `credentials('${id}')`);
        plan.note(credentialNote(t, id));
        continue;
      }
      const step = literal && t.store !== 'remove' ? SHELL_STEP.exec(beforeLiteral) : null;
      if (!literal || !step || !/^\)?$/.test(rest)) {
        plan.manualFor(t, 'Jenkins reads secrets through `credentials(\'id\')` in an `environment {}` block or `withCredentials`; move the value there (manual edit needed)');
        continue;
      }
      plan.edit(t.span.start, t.span.end, shellVariable(input, literal, t));
      const wrapped = steps.get(line.start) ?? { line, indent: step[1] ?? '', bindings: [] };
      const binding = `string(credentialsId: '${id}', variable: '${t.envName}')`;
      if (!wrapped.bindings.includes(binding)) wrapped.bindings.push(binding);
      steps.set(line.start, wrapped);
      plan.note(credentialNote(t, id));
      plan.note(`Shell steps in \`${input.path}\` now read their secrets inside \`withCredentials\` as shell variables (never Groovy-interpolated), so Jenkins masks them in the build log.`);
    }
    for (const { line, indent, bindings } of steps.values()) {
      const unit = indentUnit(input.text);
      plan.edit(line.start, line.start, `${indent}withCredentials([${bindings.join(', ')}]) {\n${unit}`);
      const eol = line.end > line.start && input.text[line.end - 1] === '\n' ? '' : '\n';
      plan.edit(line.end, line.end, `${eol}${indent}}\n`);
    }
    return plan;
  },
};

/** A Secret-text credential holds one value, so each member of a grouped (JSON) secret gets its own id. */
function credentialId(t: RewriteTarget): string {
  return identifierFor(t.jsonKey ? `${t.name}/${t.jsonKey}` : t.name, '-');
}

/** The file's indentation step: a tab, or the smallest run of leading spaces (4 when nothing is indented). */
function indentUnit(text: string): string {
  if (/^\t/m.test(text)) return '\t';
  const widths = [...text.matchAll(/^( +)\S/gm)].map((m) => m[1]?.length ?? 0);
  return ' '.repeat(widths.length > 0 ? Math.min(...widths) : 4);
}

/**
 * `${NAME}` for the shell, escaped as `\${NAME}` in Groovy strings that interpolate; inside a shell
 * single-quoted stretch of the command the quote is closed around it (`'"${NAME}"'`).
 */
function shellVariable(input: RewriteInput, literal: QuotedLiteral, t: RewriteTarget): string {
  const interpolating = literal.quote.startsWith('"');
  const reference = `${interpolating ? '\\' : ''}\${${t.envName}}`;
  const before = input.text.slice(literal.contentStart, t.span.start);
  const insideShellSingleQuotes = interpolating && (before.match(/'/g) ?? []).length % 2 === 1;
  return insideShellSingleQuotes ? `'"${reference}"'` : reference;
}
