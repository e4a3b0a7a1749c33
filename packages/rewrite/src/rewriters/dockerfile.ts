import { PlanBuilder } from '../plan.js';
import { describeStore, identifierFor } from '../references.js';
import { fullLine, lineEnd, lineStart } from '../text.js';
import type { Rewriter } from '../types.js';

const PAIR = /(\s+)([A-Za-z_][\w.-]*)=("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|\S*)/g;

/**
 * `ENV`/`ARG` lines holding a secret are removed (only the secret's pair when the line sets several):
 * image layers and build history keep both. The note says how to pass it as a build secret instead.
 */
export const dockerfile: Rewriter = {
  plan(input) {
    const plan = new PlanBuilder();
    const { text } = input;
    for (const t of input.targets) {
      const start = lineStart(text, t.span.start);
      const end = lineEnd(text, t.span.start);
      const line = text.slice(start, end);
      const instruction = /^\s*(ENV|ARG)\s/i.exec(line)?.[1]?.toUpperCase();
      const continued = line.trimEnd().endsWith('\\') || (start > 1 && text.slice(lineStart(text, start - 1), start - 1).trimEnd().endsWith('\\'));
      if (!instruction || continued) {
        plan.manualFor(t, `secret is not on a one-line ENV or ARG instruction; pass it as a build secret instead (manual edit needed)`);
        continue;
      }
      const pairs = [...line.matchAll(PAIR)];
      const own = pairs.find((m) => {
        const valueStart = start + (m.index ?? 0) + (m[1]?.length ?? 0) + (m[2]?.length ?? 0) + 1;
        return valueStart <= t.span.start && t.span.end <= valueStart + (m[3]?.length ?? 0);
      });
      if (own && pairs.length > 1) {
        const pairStart = start + (own.index ?? 0);
        plan.edit(pairStart, pairStart + own[0].length, '');
      } else {
        const whole = fullLine(text, t.span.start);
        plan.edit(whole.start, whole.end, '');
      }
      const id = identifierFor(t.envName);
      plan.note(
        `Removed the ${instruction} holding \`${t.envName}\` (line ${t.line}): read it at build time with \`RUN --mount=type=secret,id=${id},env=${t.envName} …\` and \`docker build --secret id=${id},env=${t.envName}\`, or inject it at run time; its value lives in ${describeStore(t)}.`,
      );
    }
    return plan;
  },
};
