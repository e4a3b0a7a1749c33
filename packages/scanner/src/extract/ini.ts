import type { Assignment, Extractor } from '../types.js';
import { forEachLine } from './lines.js';
import { valueSpan } from './line-keys.js';

const SECTION = /^[ \t]*\[([^\]\n]{1,200})\]/;
const KEY = /^[ \t]*([A-Za-z0-9_.$@-][A-Za-z0-9_.$@ -]{0,199}?)[ \t]*[=:]/;

/** INI, `.cfg`, `.conf`: `[section]` is the scope and the group; `;`/`#` comment lines. */
export const iniExtractor: Extractor = {
  id: 'ini',
  fileKinds: ['ini', 'pypirc'],
  extract({ text, file }) {
    const out: Assignment[] = [];
    let section: string | undefined;
    let sectionStart = 0;
    forEachLine(text, (from, to) => {
      const line = text.slice(from, to);
      const header = SECTION.exec(line);
      if (header) {
        section = header[1]!.trim();
        sectionStart = from;
        return;
      }
      const m = KEY.exec(line);
      if (!m || /^[ \t]*[;#]/.test(line)) return;
      const span = valueSpan(text, from + m[0].length, to);
      if (!span) return;
      out.push({
        key: m[1]!,
        scope: section ? [section] : [],
        value: text.slice(span[0], span[1]),
        start: span[0],
        end: span[1],
        groupId: `${file}#${sectionStart}`,
      });
    });
    return out;
  },
};
