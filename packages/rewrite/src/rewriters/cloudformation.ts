import { jsonMemberRemoval, jsonStringAt } from '../json-locate.js';
import { PlanBuilder } from '../plan.js';
import { describeStore } from '../references.js';
import { fullLine } from '../text.js';
import type { RewriteTarget, Rewriter } from '../types.js';
import { replaceInScalar } from '../yaml-edit.js';
import { getIn, parseYamlDocuments, scalarAt, yamlSyntaxError } from '../yaml-locate.js';
import { supportsSsmSecure } from './cloudformation-secure-properties.js';

/** The dynamic reference for a resource property, or why there is none. */
function dynamicReference(t: RewriteTarget, resourceType: string, propertyPath: string): string | { manual: string } {
  switch (t.store) {
    case 'ssm-string':
      return `{{resolve:ssm:${t.name}}}`;
    case 'ssm-secure':
      return supportsSsmSecure(resourceType, propertyPath)
        ? `{{resolve:ssm-secure:${t.name}}}`
        : { manual: `${resourceType} ${propertyPath} does not resolve ssm-secure references; store this secret in Secrets Manager and re-plan (manual edit needed)` };
    case 'secrets-manager':
      return `{{resolve:secretsmanager:${t.name}:SecretString${t.jsonKey ? `:${t.jsonKey}` : ''}}}`;
    case 'vault':
      return { manual: 'CloudFormation cannot read Vault; store this secret in SSM or Secrets Manager and re-plan (manual edit needed)' };
    case 'remove':
      return { manual: 'credential marked for removal: delete it and use a role (manual edit needed)' };
  }
}

type Where =
  | { section: 'parameter-default'; parameter: string; noEcho: boolean }
  | { section: 'resource'; resourceType: string; propertyPath: string }
  | { section: 'other' };

function whereIs(path: (string | number)[], typeOf: (logicalId: string) => unknown, noEchoOf: (parameter: string) => unknown): Where {
  const [section, logicalId, inner, ...rest] = path;
  if (section === 'Parameters' && typeof logicalId === 'string' && inner === 'Default' && rest.length === 0) {
    return { section: 'parameter-default', parameter: logicalId, noEcho: String(noEchoOf(logicalId)) === 'true' };
  }
  if (section === 'Resources' && typeof logicalId === 'string' && inner === 'Properties') {
    const type = typeOf(logicalId);
    return { section: 'resource', resourceType: typeof type === 'string' ? type : 'unknown type', propertyPath: rest.filter((k) => typeof k === 'string').join('.') };
  }
  return { section: 'other' };
}

function parameterNote(plan: PlanBuilder, t: RewriteTarget, where: { parameter: string; noEcho: boolean }, path: string): void {
  plan.note(
    `Removed the Default of ${where.noEcho ? 'NoEcho ' : ''}parameter \`${where.parameter}\` in \`${path}\`: pass it at deploy time (\`--parameter-overrides ${where.parameter}=…\` from ${describeStore(t)}) or replace the parameter with a dynamic reference.`,
  );
}

const OUTSIDE_RESOURCES = 'dynamic references resolve only in resource properties; move the value into a parameter or resource (manual edit needed)';

function planYaml(input: Parameters<Rewriter['plan']>[0], plan: PlanBuilder): void {
  const docs = parseYamlDocuments(input.text);
  for (const t of input.targets) {
    const loc = scalarAt(docs, t.span.start);
    if (!loc || t.span.end > loc.contentEnd) {
      plan.manualFor(t, 'secret is not inside one YAML scalar value (manual edit needed)');
      continue;
    }
    const where = whereIs(
      loc.path,
      (id) => getIn(loc.doc, ['Resources', id, 'Type']),
      (p) => getIn(loc.doc, ['Parameters', p, 'NoEcho']),
    );
    if (where.section === 'parameter-default') {
      const line = fullLine(input.text, loc.start);
      plan.edit(line.start, line.end, '');
      parameterNote(plan, t, where, input.path);
      continue;
    }
    if (where.section === 'other') {
      plan.manualFor(t, OUTSIDE_RESOURCES);
      continue;
    }
    const reference = dynamicReference(t, where.resourceType, where.propertyPath);
    if (typeof reference !== 'string') plan.manualFor(t, reference.manual);
    else replaceInScalar(plan, loc, t, reference);
  }
}

function planJson(input: Parameters<Rewriter['plan']>[0], plan: PlanBuilder): void {
  let template: Record<string, Record<string, Record<string, unknown>>>;
  try {
    template = JSON.parse(input.text) as typeof template;
  } catch {
    for (const t of input.targets) plan.manualFor(t, 'template is not valid JSON before the rewrite (manual edit needed)');
    return;
  }
  for (const t of input.targets) {
    const loc = jsonStringAt(input.text, t.span.start);
    if (!loc || t.span.end > loc.end - 1) {
      plan.manualFor(t, 'secret is not inside one JSON string (manual edit needed)');
      continue;
    }
    const where = whereIs(
      loc.path,
      (id) => template.Resources?.[id]?.['Type'],
      (p) => template.Parameters?.[p]?.['NoEcho'],
    );
    if (where.section === 'parameter-default' && loc.keyStart !== undefined) {
      const removal = jsonMemberRemoval(input.text, loc.keyStart, loc.end);
      plan.edit(removal.start, removal.end, '');
      parameterNote(plan, t, where, input.path);
      continue;
    }
    if (where.section !== 'resource') {
      plan.manualFor(t, OUTSIDE_RESOURCES);
      continue;
    }
    const reference = dynamicReference(t, where.resourceType, where.propertyPath);
    if (typeof reference !== 'string') plan.manualFor(t, reference.manual);
    else if (t.span.start === loc.start + 1 && t.span.end === loc.end - 1) plan.edit(loc.start, loc.end, JSON.stringify(reference));
    else plan.edit(t.span.start, t.span.end, JSON.stringify(reference).slice(1, -1));
  }
}

function isJson(text: string): boolean {
  return text.trimStart().startsWith('{');
}

/**
 * Secrets become dynamic references spliced into the template text, so intrinsic tags (`!Ref`, `!Sub`),
 * comments and key order stay as written; `ssm-secure` only where CloudFormation resolves it.
 */
export const cloudformation: Rewriter = {
  plan(input) {
    const plan = new PlanBuilder();
    if (isJson(input.text)) planJson(input, plan);
    else planYaml(input, plan);
    if (plan.edits.length > 0) plan.note(`\`${input.path}\` now resolves its secrets at deploy time: the deploying role needs \`ssm:GetParameters\` / \`secretsmanager:GetSecretValue\` on them (at most 60 dynamic references per template).`);
    return plan;
  },
  validate(text) {
    if (!isJson(text)) return yamlSyntaxError(text);
    try {
      JSON.parse(text);
      return undefined;
    } catch (e) {
      // V8 quotes the text around the error; keep only the position so no value reaches the report.
      const position = /position (\d+)/.exec((e as Error).message)?.[1];
      return `JSON no longer parses${position ? ` at offset ${position}` : ''}`;
    }
  },
};
