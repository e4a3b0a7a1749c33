import type { Assignment, Extractor } from '../types.js';
import { cliAssignments } from './cli-flags.js';
import { forEachLine } from './lines.js';

const INSTRUCTION = /^[ \t]*(ENV|ARG)[ \t]+/i;
/** `K=V`, `K="V w"`, `K='V'` pairs of `ENV`/`ARG`. */
const PAIR = /([A-Za-z_][\w.-]*)=(?:"((?:[^"\\\n]|\\.){0,4096})"|'([^'\n]{0,4096})'|([^\s"'\\]{1,4096}))/g;
const LEGACY = /^([A-Za-z_][\w.-]*)[ \t]+(?!.*=)([^\n]*?)[ \t]*$/;

/**
 * Dockerfiles: `ENV K=V …`, legacy `ENV K V`, `ARG K=V` (one group per instruction) and credentials in
 * `RUN` commands (`docker login`, `mysql -p…`, `--password`).
 */
export const dockerfileExtractor: Extractor = {
  id: 'dockerfile',
  fileKinds: ['dockerfile'],
  extract({ text, file }) {
    const out: Assignment[] = [];
    forEachLine(text, (from, to) => {
      const line = text.slice(from, to);
      const instruction = INSTRUCTION.exec(line);
      if (!instruction) return;
      const rest = line.slice(instruction[0].length);
      const restStart = from + instruction[0].length;
      const scope = [instruction[1]!.toUpperCase()];
      const groupId = `${file}#${from}`;
      const legacy = scope[0] === 'ENV' ? LEGACY.exec(rest) : null;
      if (legacy && legacy[2]) {
        const value = stripQuotes(legacy[2]);
        const start = restStart + rest.indexOf(legacy[2], legacy[1]!.length) + value.offset;
        out.push({ key: legacy[1]!, scope, value: value.text, start, end: start + value.text.length, groupId });
        return;
      }
      for (const m of rest.matchAll(PAIR)) {
        const value = m[2] ?? m[3] ?? m[4];
        if (!value) continue;
        const quoted = m[4] === undefined ? 1 : 0;
        const end = restStart + m.index + m[0].length - quoted;
        out.push({ key: m[1]!, scope, value, start: end - value.length, end, groupId });
      }
    });
    out.push(...cliAssignments(text, 0, file));
    return out;
  },
};

function stripQuotes(raw: string): { text: string; offset: number } {
  const q = raw[0];
  if ((q === '"' || q === "'") && raw.length >= 2 && raw.endsWith(q)) return { text: raw.slice(1, -1), offset: 1 };
  return { text: raw, offset: 0 };
}
