import { PlanBuilder } from '../plan.js';
import { envInjectionNote } from '../references.js';
import { lineStart, quotedLiteralAround } from '../text.js';
import type { Edit, RewriteInput, RewritePlan, Rewriter, RewriteTarget } from '../types.js';

/** How one C-like or scripting language reads an environment variable. */
export interface CodeLanguage {
  /** The expression that replaces the string literal, e.g. `os.environ["DB_PASSWORD"]`. */
  reference(t: RewriteTarget, prefix: string): string;
  /** Quote tokens, longest first (`"""` before `"`). */
  quotes: readonly string[];
  /** Quotes in which a backslash escapes; defaults to all. */
  escapes?: readonly string[];
  /** The import the reference needs, as an insertion, or undefined when it is already there. */
  ensureImport?(text: string): Edit | undefined;
  /**
   * A declaration change the reference needs (a constant cannot hold a function call), or the reason it
   * cannot be made; undefined when the declaration is fine as written.
   */
  adjustDeclaration?(text: string, literalStart: number): Edit | { manual: string } | undefined;
  /** String prefixes that belong to the literal (Python `f`, `rb`; C# `$`, `@`), matched right before the quote. */
  prefix?: RegExp;
  /**
   * For a secret inside an interpolating literal (Python f-string): the text to splice in place of the
   * secret, keeping the rest of the literal; undefined to replace the whole literal instead.
   */
  interpolate?(t: RewriteTarget, prefix: string, quote: string): string | undefined;
  /**
   * Whether the secret sits in code inside the literal rather than in its text: a nested string in an
   * f-string's replacement field (`f"{os.getenv('H', 'secret')}"`), where splicing would corrupt the field.
   */
  insideCode?(prefix: string, contentBefore: string): boolean;
  /**
   * A call around the literal that only supplies it as a fallback (`os.getenv("X", "secret")`): the range
   * the reference replaces instead of the literal alone, so the read is not wrapped in a dead default.
   */
  fallbackCall?(text: string, literal: { start: number; end: number }): { start: number; end: number } | undefined;
  /**
   * Adjacent literals are one string (Python and Ruby `"a" "b"`): a literal next to another cannot be
   * replaced by an expression alone.
   */
  joinsAdjacentLiterals?: boolean;
}

/**
 * One rewriter for languages where a secret sits in a string literal: the literal becomes an env read.
 * A secret inside a larger literal (a password in a URL) turns the whole literal into the env read and
 * is reported in `widened`, so the store entry holds the whole literal.
 */
export function codeLiteralRewriter(lang: CodeLanguage): Rewriter {
  return {
    plan(input: RewriteInput): RewritePlan {
      const plan = new PlanBuilder();
      for (const t of input.targets) {
        if (t.store === 'remove') {
          plan.manualFor(t, 'credential marked for removal: delete it and use a role or profile (manual edit needed)');
          continue;
        }
        const literal = quotedLiteralAround(input.text, t.span, lang.quotes, lang.escapes);
        if (!literal) {
          plan.manualFor(t, 'secret is not inside a one-line string literal (manual edit needed)');
          continue;
        }
        const prefix = lang.prefix?.exec(input.text.slice(Math.max(0, literal.start - 3), literal.start))?.[0] ?? '';
        const literalStart = literal.start - prefix.length;
        if (lang.joinsAdjacentLiterals && nextToAnotherLiteral(input.text, literalStart, literal.end, lang)) {
          plan.manualFor(t, 'secret is part of an implicitly concatenated string ("a" "b"); join the parts or move the secret out, then migrate it (manual edit needed)');
          continue;
        }
        if (lang.insideCode?.(prefix, input.text.slice(literal.contentStart, t.span.start))) {
          plan.manualFor(t, 'secret is a string inside an f-string replacement field; move it out of the expression, then migrate it (manual edit needed)');
          continue;
        }
        const adjust = lang.adjustDeclaration?.(input.text, literalStart);
        if (adjust && 'manual' in adjust) {
          plan.manualFor(t, adjust.manual);
          continue;
        }
        if (adjust) plan.edits.push(adjust);
        const whole = literal.contentStart === t.span.start && literal.contentEnd === t.span.end;
        const call = whole && !adjust ? lang.fallbackCall?.(input.text, { start: literalStart, end: literal.end }) : undefined;
        if (call) {
          plan.edit(call.start, call.end, lang.reference(t, prefix));
          plan.note(envInjectionNote(t));
          continue;
        }
        const spliced = whole ? undefined : lang.interpolate?.(t, prefix, literal.quote);
        if (spliced !== undefined) plan.edit(t.span.start, t.span.end, spliced);
        else {
          if (!whole) plan.widen(t, { start: literalStart, end: literal.end });
          plan.edit(literalStart, literal.end, lang.reference(t, prefix));
        }
        plan.note(envInjectionNote(t));
      }
      if (plan.edits.length > 0) {
        const importEdit = lang.ensureImport?.(input.text);
        if (importEdit) plan.edits.push(importEdit);
      }
      return plan;
    },
  };
}

/** Whether another string literal stands right before or after this one, with only white space between. */
function nextToAnotherLiteral(text: string, start: number, end: number, lang: CodeLanguage): boolean {
  const quoteChars = new Set(lang.quotes.map((q) => q[0]));
  let before = start - 1;
  while (before >= 0 && /[ \t\r\n\\]/.test(text[before] ?? '')) before--;
  if (quoteChars.has(text[before] ?? '')) return true;
  let after = end;
  while (after < text.length && /[ \t\r\n\\]/.test(text[after] ?? '')) after++;
  const rest = text.slice(after, after + 4);
  const prefix = /^[A-Za-z]{0,2}/.exec(rest)?.[0] ?? '';
  return quoteChars.has(rest[prefix.length] ?? '') && (prefix === '' || (lang.prefix?.test(prefix) ?? false));
}

/** Rewrites a keyword before the literal on its line (`const` → `var`), when the line declares with it. */
export function replaceKeywordOnLine(text: string, literalStart: number, keyword: RegExp, replacement: string): Edit | undefined {
  const start = lineStart(text, literalStart);
  const m = keyword.exec(text.slice(start, literalStart));
  return m ? { start: start + m.index, end: start + m.index + m[0].length, text: replacement } : undefined;
}
