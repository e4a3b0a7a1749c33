import type { PlanBuilder } from './plan.js';
import { isYamlPlainSafe } from './references.js';
import type { RewriteTarget } from './types.js';
import type { LocatedScalar } from './yaml-locate.js';

/** True when the target's span is the scalar's whole value rather than a part of it (a password in a URL). */
export function coversScalar(loc: LocatedScalar, t: RewriteTarget): boolean {
  return t.span.start <= loc.contentStart && t.span.end >= loc.contentEnd;
}

/** `reference` as a whole YAML scalar, keeping the original quoting when it can. */
function yamlScalarText(reference: string, originalQuote: LocatedScalar['quote']): string {
  if (originalQuote === '' && isYamlPlainSafe(reference)) return reference;
  if (originalQuote === "'" && !reference.includes("'")) return `'${reference}'`;
  return `"${reference.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `reference` escaped for splicing inside a scalar with this quoting. */
function insideScalar(reference: string, quote: LocatedScalar['quote']): string {
  if (quote === "'") return reference.replace(/'/g, "''");
  if (quote === '"') return reference.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return reference;
}

/**
 * Replace the target in a YAML scalar by `reference`: the whole scalar when the secret is all of it,
 * otherwise only the secret's characters (the rest of a URL stays as written).
 */
export function replaceInScalar(plan: PlanBuilder, loc: LocatedScalar, t: RewriteTarget, reference: string): void {
  if (coversScalar(loc, t)) {
    if (loc.quote === 'block') plan.edit(loc.start, loc.end, `${yamlScalarText(reference, '"')}\n`);
    else plan.edit(loc.start, loc.end, yamlScalarText(reference, loc.quote));
  } else plan.edit(t.span.start, t.span.end, insideScalar(reference, loc.quote));
}
