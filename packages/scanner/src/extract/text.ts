import type { Assignment, Extractor } from '../types.js';
import { cliAssignments } from './cli-flags.js';
import { MAX_LINE_LENGTH } from './lines.js';

/** Only lines holding one of these are read: most prose and most plain-text files hold none. */
const CREDENTIAL_WORD = /pass|pwd|secret|token|key|auth|cred|private/gi;

/**
 * `KEY=value`, `KEY = value`, `"key": "value"`, `key: value`, several per line (`A=x B=y`). The key starts
 * the line or follows a space, `,`, `;` or `(`; a colon must be followed by a blank, so URLs (`https://`)
 * and minified objects (`,apiKey:"…"`) are not read. `bare` is an unquoted value up to the next blank.
 */
const ASSIGNMENT =
  /(?<=^|[\s,;(])(["']?)([A-Za-z_][\w.-]{0,100})\1[ \t]*(=|:(?=[ \t]))[ \t]*(?:"([^"\n]{1,1024})"|'([^'\n]{1,1024})'|(?<bare>[^\s"'`,;=][^\s"'`,;]{0,1023}))/g;

/**
 * Plain text and Markdown (notes, READMEs, pasted terminal sessions): conservative line-based reading of
 * `KEY=value` / `KEY: value` assignments and credentials passed as command-line flags (`mysql --password=…`,
 * `curl -u user:pass`). Prose is kept out here and by the stricter value checks for text files: an
 * unquoted value written with blanks around its `=` or `:` must end the line, so `Token: see the docs`
 * is not read.
 */
export const textExtractor: Extractor = {
  id: 'text',
  fileKinds: ['text'],
  extract({ text, file }) {
    const out: Assignment[] = [];
    CREDENTIAL_WORD.lastIndex = 0;
    for (let hit = CREDENTIAL_WORD.exec(text); hit; hit = CREDENTIAL_WORD.exec(text)) {
      const from = text.lastIndexOf('\n', hit.index) + 1;
      let to = text.indexOf('\n', hit.index);
      if (to < 0) to = text.length;
      // The line is read once, whatever else it mentions.
      CREDENTIAL_WORD.lastIndex = to;
      if (to - from > MAX_LINE_LENGTH) continue;
      readLine(text, from, text[to - 1] === '\r' ? to - 1 : to, file, out);
    }
    return out;
  },
};

function readLine(text: string, from: number, to: number, file: string, out: Assignment[]): void {
  const line = text.slice(from, to);
  const groupId = `${file}#txt${from}`;
  ASSIGNMENT.lastIndex = 0;
  for (let m = ASSIGNMENT.exec(line); m; m = ASSIGNMENT.exec(line)) {
    const [matched, , key, operator, doubleQuoted, singleQuoted] = m;
    const bare = m.groups?.bare;
    const value = doubleQuoted ?? singleQuoted ?? bare;
    if (!key || !value) continue;
    const matchEnd = m.index + matched.length;
    const end = matchEnd - (bare === undefined ? 1 : 0);
    if (bare !== undefined && isSpaced(matched, operator) && line.slice(matchEnd).trim() !== '') continue;
    out.push({ key, scope: [], value, start: from + end - value.length, end: from + end, groupId });
  }
  out.push(...cliAssignments(line, from, file));
}

/** `key: value` and `key = value` (blanks around the operator) read like prose unless the value ends the line. */
function isSpaced(matched: string, operator: string | undefined): boolean {
  return operator === ':' || /\s=|=\s/.test(matched);
}
