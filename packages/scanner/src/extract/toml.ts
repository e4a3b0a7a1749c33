import type { Assignment, Extractor } from '../types.js';
import { forEachLine } from './lines.js';

const TABLE = /^[ \t]*\[{1,2}[ \t]*([^\]\n]{1,200}?)[ \t]*\]{1,2}/;
const PAIR = /(?<![A-Za-z0-9_.\-"'])([A-Za-z0-9_.-]+|"[^"\n]{1,200}"|'[^'\n]{1,200}')[ \t]*=[ \t]*(?:"((?:[^"\\\n]|\\.){0,4096})"|'([^'\n]{0,4096})'|(-?\d[\d_]*)(?=[ \t]*(?:#|,|\}|$)))/g;

/** TOML: `[table]`/`[[array]]` headers are scope and group; basic, literal and inline-table pairs. */
export const tomlExtractor: Extractor = {
  id: 'toml',
  fileKinds: ['toml'],
  extract({ text, file }) {
    const out: Assignment[] = [];
    let table: string[] = [];
    let tableStart = 0;
    forEachLine(text, (from, to) => {
      const line = text.slice(from, to);
      const header = TABLE.exec(line);
      if (header && !line.includes('=')) {
        table = header[1]!.split('.').map((part) => part.trim().replace(/^["']|["']$/g, ''));
        tableStart = from;
        return;
      }
      if (/^[ \t]*#/.test(line) || !line.includes('=')) return;
      for (const m of line.matchAll(PAIR)) {
        const rawValue = m[2] ?? m[3] ?? m[4];
        if (rawValue === undefined || rawValue.length === 0) continue;
        const dotted = m[1]!.replace(/^["']|["']$/g, '');
        const parts = dotted.split('.');
        const key = parts[parts.length - 1]!;
        const end = from + m.index + m[0].length - (m[4] === undefined ? 1 : 0);
        const start = end - rawValue.length;
        const assignment: Assignment = { key, scope: [...table, ...parts.slice(0, -1)], value: rawValue, start, end, groupId: `${file}#${tableStart}` };
        if (m[2]?.includes('\\')) assignment.decoded = unescapeBasic(m[2]);
        out.push(assignment);
      }
    });
    return out;
  },
};

function unescapeBasic(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}
