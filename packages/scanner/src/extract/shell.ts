import type { Assignment, Extractor } from '../types.js';
import { cliAssignments } from './cli-flags.js';
import { forEachLine } from './lines.js';

/** `export K=V`, `K=V`, `readonly K=V`, `local k=v`, `declare -x K=V`; value quoted or a bare word. */
const ASSIGNMENT = /^[ \t]*(?:(?:export|readonly|local|declare(?:[ \t]+-\w+)?)[ \t]+)?([A-Za-z_]\w*)=(?:"((?:[^"\\\n]|\\.){0,4096})"|'([^'\n]{0,4096})'|([^\s"'`;|&()<>]{1,4096}))/;

/** Further assignments on the same line: `PG_USER=root PG_PASSWORD=… psql`, `A=1; B=2`. */
const NEXT_ASSIGNMENT = /(?:[ \t]+|[ \t]*;[ \t]*)(?:export[ \t]+)?([A-Za-z_]\w*)=(?:"((?:[^"\\\n]|\\.){0,4096})"|'([^'\n]{0,4096})'|([^\s"'`;|&()<>]{1,4096}))/y;

/**
 * Shell scripts (and the script part of Jenkinsfiles): variable assignments and credentials passed as
 * flags (`docker login -p`, `mysql -p…`, `curl -u user:pass`, `sshpass -p`, `--password`).
 */
export const shellExtractor: Extractor = {
  id: 'shell',
  fileKinds: ['shell', 'jenkinsfile'],
  extract({ text, file }) {
    const out: Assignment[] = [];
    let group = 0;
    forEachLine(text, (from, to) => {
      const line = text.slice(from, to);
      if (line.trim() === '') group++;
      const m = ASSIGNMENT.exec(line);
      if (!m) return;
      push(m, from);
      NEXT_ASSIGNMENT.lastIndex = m[0].length;
      for (let next = NEXT_ASSIGNMENT.exec(line); next; next = NEXT_ASSIGNMENT.exec(line)) push(next, from + next.index);
    });
    out.push(...cliAssignments(text, 0, file));
    return out;

    function push(m: RegExpExecArray, at: number): void {
      const value = m[2] ?? m[3] ?? m[4];
      if (!value) return;
      const end = at + m[0].length - (m[4] === undefined ? 1 : 0);
      out.push({ key: m[1]!, scope: [], value, start: end - value.length, end, groupId: `${file}#sh${group}` });
    }
  },
};
