import { PlanBuilder } from '../plan.js';
import { parseYamlDocuments, scalarAt, yamlSyntaxError } from '../yaml-locate.js';
import { coversScalar, replaceInScalar } from '../yaml-edit.js';
import { entryLinesOf, isListEntry, parentEntryLinesOf, type EntryLines } from '../yaml-remove.js';
import type { RewriteInput, RewritePlan, Rewriter, RewriteTarget } from '../types.js';

export interface YamlReferenceStyle {
  /** The reference replacing the secret, or a reason it cannot be referenced from this file kind. */
  reference(t: RewriteTarget, input: RewriteInput): string | { manual: string };
  /** Next steps for the report, per target. */
  notes(t: RewriteTarget): string[];
  /**
   * For file kinds where a `remove` target's `key: value` line can simply go (static cloud credentials in
   * CI env or Ansible vars): the note saying what replaces it. Without it, `remove` targets go to manual.
   */
  removalNote?(t: RewriteTarget, input: RewriteInput): string;
}

/** One rewriter for YAML files whose secrets become an interpolation or expression in the same scalar. */
export function yamlScalarRewriter(style: YamlReferenceStyle): Rewriter {
  return {
    plan(input): RewritePlan {
      const plan = new PlanBuilder();
      const docs = parseYamlDocuments(input.text);
      const removalNote = style.removalNote;
      const removals: { t: RewriteTarget; lines: EntryLines; doc: (typeof docs)[number] }[] = [];
      for (const t of input.targets) {
        if (t.store === 'remove') {
          if (!removalNote) {
            plan.manualFor(t, REMOVE_MANUAL.manual);
            continue;
          }
          const found = removableEntry(input.text, docs, t);
          if ('problem' in found) plan.manualFor(t, `credential marked for removal, but ${found.problem}: delete it by hand and use a role, profile or OIDC (manual edit needed)`);
          else removals.push({ t, ...found });
          continue;
        }
        const reference = style.reference(t, input);
        if (typeof reference !== 'string') {
          plan.manualFor(t, reference.manual);
          continue;
        }
        const loc = scalarAt(docs, t.span.start);
        if (!loc || t.span.end > loc.contentEnd) {
          plan.manualFor(t, 'secret is not inside one YAML scalar value (manual edit needed)');
          continue;
        }
        replaceInScalar(plan, loc, t, reference);
        for (const n of style.notes(t)) plan.note(n);
      }
      for (const { t, lines, doc } of removals) {
        if (!removalNote) break;
        const deletedEntries = new Set(removals.filter((r) => r.lines.collection === lines.collection).map((r) => r.lines.start));
        const emptied = lines.collection.items.length <= deletedEntries.size;
        const deleted = emptied ? parentEntryLinesOf(input.text, doc, lines.collection) : lines;
        if (!deleted) {
          plan.manualFor(t, 'credential marked for removal, but deleting it would leave its map or list empty: delete the whole block by hand (manual edit needed)');
          continue;
        }
        plan.edit(deleted.start, deleted.end, '');
        plan.note(removalNote(t, input));
      }
      return plan;
    },
    validate: (text) => yamlSyntaxError(text),
  };
}

/** The whole `key: value` line(s) of a target that is a pair's entire value, or a `- KEY=<secret>` list entry. */
function removableEntry(text: string, docs: ReturnType<typeof parseYamlDocuments>, t: RewriteTarget): { lines: EntryLines; doc: (typeof docs)[number] } | { problem: string } {
  const loc = scalarAt(docs, t.span.start);
  if (!loc || t.span.end > loc.contentEnd) return { problem: 'it is not inside one YAML scalar value' };
  const lines = entryLinesOf(text, loc);
  if ('problem' in lines) return lines;
  const scalarText = String(loc.scalar.value);
  const secret = text.slice(t.span.start, t.span.end);
  const whole = isListEntry(lines)
    ? /^[A-Za-z_][A-Za-z0-9_]*=/.test(scalarText) && scalarText.slice(scalarText.indexOf('=') + 1) === secret
    : coversScalar(loc, t) || (loc.quote === 'block' && scalarText.trim() === secret);
  return whole ? { lines, doc: loc.doc } : { problem: 'it is only part of its value' };
}

export const REMOVE_MANUAL = { manual: 'credential marked for removal: delete it and use a role, profile or OIDC (manual edit needed)' };
