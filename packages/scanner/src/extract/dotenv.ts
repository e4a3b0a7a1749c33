import type { Assignment, Extractor } from '../types.js';
import { forEachLine } from './lines.js';
import { valueSpan } from './line-keys.js';

const ENV_LINE = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=/;

/**
 * `.env` files: `KEY=value`, `export KEY=value`, quoted values, `# comments`. A blank line ends a group,
 * so the settings people write together (`DB_HOST`, `DB_USER`, `DB_PASSWORD`) travel together.
 */
export const dotenvExtractor: Extractor = {
  id: 'dotenv',
  fileKinds: ['dotenv'],
  extract({ text, file }) {
    const out: Assignment[] = [];
    let group = 0;
    forEachLine(text, (from, to) => {
      const line = text.slice(from, to);
      if (line.trim() === '') {
        group++;
        return;
      }
      const m = ENV_LINE.exec(line);
      if (!m) return;
      const span = valueSpan(text, from + m[0].length, to);
      if (!span) return;
      out.push({ key: m[1]!, scope: [], value: text.slice(span[0], span[1]), start: span[0], end: span[1], groupId: `${file}#env${group}` });
    });
    return out;
  },
};
