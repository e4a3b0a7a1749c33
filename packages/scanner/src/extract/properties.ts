import type { Assignment, Extractor } from '../types.js';
import { forEachLine } from './lines.js';

const PROPERTY = /^[ \t]*([^\s=:#!][^\s=:]*)[ \t]*[=:\s][ \t]*/;

/**
 * Java `.properties`: `k=v`, `k: v`, `k v`, `#`/`!` comments and `\` continuation lines. Keys sharing a
 * prefix (`spring.datasource.*`) form one group.
 */
export const propertiesExtractor: Extractor = {
  id: 'properties',
  fileKinds: ['properties'],
  extract({ text, file }) {
    const out: Assignment[] = [];
    let continuing: Assignment | undefined;
    forEachLine(text, (from, to) => {
      if (continuing) {
        continuing.end = to;
        continuing.value = text.slice(continuing.start, to);
        if (!endsWithContinuation(text, from, to)) {
          finishContinuation(continuing);
          continuing = undefined;
        }
        return;
      }
      const line = text.slice(from, to);
      const m = PROPERTY.exec(line);
      if (!m || line.trimStart().startsWith('#') || line.trimStart().startsWith('!')) return;
      const key = m[1]!;
      const start = from + m[0].length;
      let end = to;
      while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
      if (end <= start) return;
      const dot = key.lastIndexOf('.');
      const assignment: Assignment = {
        key,
        scope: [],
        value: text.slice(start, end),
        start,
        end,
        groupId: `${file}#${dot > 0 ? key.slice(0, dot) : ''}`,
      };
      out.push(assignment);
      if (endsWithContinuation(text, from, to)) continuing = assignment;
    });
    if (continuing) finishContinuation(continuing);
    return out;
  },
};

function endsWithContinuation(text: string, from: number, to: number): boolean {
  let slashes = 0;
  for (let i = to - 1; i >= from && text[i] === '\\'; i--) slashes++;
  return slashes % 2 === 1;
}

function finishContinuation(assignment: Assignment): void {
  assignment.decoded = assignment.value.replace(/\\\r?\n[ \t]*/g, '');
}
