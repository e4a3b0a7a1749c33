import { PlanBuilder } from '../plan.js';
import { envInjectionNote } from '../references.js';
import { lineStart, quotedLiteralAround } from '../text.js';
import type { Rewriter } from '../types.js';

const WORD_BREAK = /[\s;|&()<>]/;

/**
 * A shell literal becomes `"$NAME"`; inside a double-quoted or bare word only the secret's characters
 * become `${NAME}`. A password passed to `docker login -p` gets a `--password-stdin` note.
 */
export const shell: Rewriter = {
  plan(input) {
    const plan = new PlanBuilder();
    const { text } = input;
    for (const t of input.targets) {
      if (t.store === 'remove') {
        plan.manualFor(t, 'credential marked for removal: delete it and use a role or profile (manual edit needed)');
        continue;
      }
      const literal = quotedLiteralAround(text, t.span, ['"', "'"], ['"']);
      if (literal) {
        const whole = literal.contentStart === t.span.start && literal.contentEnd === t.span.end;
        if (whole) plan.edit(literal.start, literal.end, `"$${t.envName}"`);
        else if (literal.quote === '"') plan.edit(t.span.start, t.span.end, `\${${t.envName}}`);
        else {
          plan.widen(t, { start: literal.start, end: literal.end });
          plan.edit(literal.start, literal.end, `"$${t.envName}"`);
        }
      } else {
        let wordStart = t.span.start;
        while (wordStart > 0 && !WORD_BREAK.test(text[wordStart - 1] ?? ' ') && text[wordStart - 1] !== '=') wordStart--;
        let wordEnd = t.span.end;
        while (wordEnd < text.length && !WORD_BREAK.test(text[wordEnd] ?? ' ')) wordEnd++;
        plan.edit(t.span.start, t.span.end, wordStart === t.span.start && wordEnd === t.span.end ? `"$${t.envName}"` : `"\${${t.envName}}"`);
      }
      const before = text.slice(lineStart(text, t.span.start), t.span.start);
      if (/\bdocker\s+login\b/.test(before) && /(?:^|\s)(?:-p|--password)(?:\s+|=)["']?$/.test(before)) {
        plan.note(`\`docker login -p\` exposes \`${t.envName}\` in the process list and shell history: use \`printf '%s' "$${t.envName}" | docker login --username … --password-stdin\`.`);
      }
      plan.note(envInjectionNote(t));
    }
    return plan;
  },
};
