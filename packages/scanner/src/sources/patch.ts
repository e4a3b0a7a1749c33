import { skipReasonForPath } from '../skip-rules.js';
import { isTestPath } from '../test-path.js';
import type { FragmentFactory, SourceFragment } from './source-fragment.js';

/** A marker no diff line can start with (diff body lines start with '+', '-', ' ' or '\\'). */
export const COMMIT_MARKER = '\u0001commit ';

/** What the parser saw besides added lines: commits in output order and the renames git detected in each. */
export interface PatchEvents {
  onCommit?(commit: string, committedAt: string): void;
  onRename?(from: string, to: string): void;
  /** git printed "Binary files … differ" for this new-side path (its content or a .gitattributes `-diff`). */
  onBinary?(file: string): void;
}

interface Collecting {
  file: string;
  lines: string[];
  lineMap: number[];
  bytes: number;
}

/**
 * Where the parser is inside a hunk. `parents` is 1 for a plain diff and N for a merge's combined diff
 * (`--cc`), whose lines carry one '+'/'-'/' ' column per parent.
 */
interface Hunk {
  parents: number;
  resultLeft: number;
  parentLeft: number[];
  nextLine: number;
}

/**
 * Pure parser over the lines of `git log -p -U0` / `git diff -U0` output (commits marked by
 * COMMIT_MARKER lines; a plain diff has none). Yields one fragment per commit and file with the lines that
 * commit added and their line numbers in the new version. In a merge's combined diff only lines added
 * relative to every parent count: lines taken from one side were scanned in that side's own commit.
 */
export async function* parsePatch(
  lines: AsyncIterable<string> | Iterable<string>,
  factory: FragmentFactory,
  events: PatchEvents = {},
): AsyncGenerator<SourceFragment> {
  let commit = '';
  let committedAt = '';
  let current: Collecting | undefined;
  let hunk: Hunk | undefined;
  let renameFrom: string | undefined;
  let renameTo: string | undefined;

  const flush = (): SourceFragment | undefined => {
    const done = current;
    current = undefined;
    if (!done || done.lines.length === 0) return undefined;
    const text = done.lines.join('\n');
    if (text.includes('\0')) return undefined; // binary bytes, printed because the file was diffed with --text
    return {
      fragment: {
        file: done.file,
        text,
        fileKind: factory.fileKindOf(done.file, text.slice(0, 4096)),
        ...(commit ? { commit } : {}),
        ...(committedAt ? { committedAt } : {}),
        lineMap: done.lineMap,
        isTest: isTestPath(done.file),
      },
      firstLine: 1,
      firstColumn: 1,
      bytes: done.bytes,
      firstOfFile: true,
    };
  };

  for await (const line of lines) {
    if (hunk && inHunk(hunk) && /^[-+ \\]/.test(line)) {
      if (line.startsWith('\\')) continue; // "\ No newline at end of file"
      const columns = line.slice(0, hunk.parents);
      const inResult = !columns.includes('-');
      for (let i = 0; i < hunk.parents; i++) {
        if (columns[i] === '-' || (inResult && columns[i] === ' ')) hunk.parentLeft[i] = (hunk.parentLeft[i] ?? 0) - 1;
      }
      if (!inResult) continue;
      hunk.resultLeft--;
      if (current && columns === '+'.repeat(hunk.parents)) {
        const content = line.slice(hunk.parents);
        current.lines.push(content);
        current.lineMap.push(hunk.nextLine);
        current.bytes += Buffer.byteLength(content) + 1;
      }
      hunk.nextLine++;
      continue;
    }
    hunk = undefined;
    if (line.startsWith(COMMIT_MARKER)) {
      const f = flush();
      if (f) yield f;
      const [sha = '', date = ''] = line.slice(COMMIT_MARKER.length).split(' ');
      commit = sha;
      committedAt = date;
      events.onCommit?.(commit, committedAt);
    } else if (line.startsWith('diff ')) {
      const f = flush();
      if (f) yield f;
      renameFrom = undefined;
      renameTo = undefined;
    } else if (line.startsWith('Binary files ') && line.endsWith(' differ')) {
      const file = binaryTarget(line.slice('Binary files '.length, -' differ'.length), renameTo);
      if (file !== undefined) events.onBinary?.(file);
    } else if (line.startsWith('rename from ')) {
      renameFrom = unquotePath(line.slice('rename from '.length));
    } else if (line.startsWith('rename to ') && renameFrom !== undefined) {
      renameTo = unquotePath(line.slice('rename to '.length));
      events.onRename?.(renameFrom, renameTo);
      renameFrom = undefined;
    } else if (line.startsWith('+++ ')) {
      const target = unquotePath(line.slice(4).replace(/\t$/, ''));
      const file = target === '/dev/null' ? undefined : target.replace(/^b\//, '');
      current = file !== undefined && skipReasonForPath(file) === undefined ? { file, lines: [], lineMap: [], bytes: 0 } : undefined;
    } else if (line.startsWith('@@')) {
      hunk = parseHunkHeader(line);
    }
  }
  const last = flush();
  if (last) yield last;
}

/**
 * The new-side path of `a/P and b/P` (`/dev/null and b/P` when added; undefined when deleted). Paths may hold
 * " and ", so the split is where both sides name the same path, or the rename git reported.
 */
function binaryTarget(sides: string, renamed: string | undefined): string | undefined {
  if (sides.endsWith(' and /dev/null')) return undefined;
  if (renamed !== undefined) return renamed;
  if (sides.endsWith('"')) {
    const quoted = sides.lastIndexOf(' and "');
    return quoted === -1 ? undefined : unquotePath(sides.slice(quoted + ' and '.length)).replace(/^b\//, '');
  }
  if (sides.startsWith('/dev/null and b/')) return sides.slice('/dev/null and b/'.length);
  for (let i = sides.indexOf(' and b/'); i !== -1; i = sides.indexOf(' and b/', i + 1)) {
    if (sides.slice('a/'.length, i) === sides.slice(i + ' and b/'.length)) return sides.slice(i + ' and b/'.length);
  }
  return undefined;
}

function inHunk(h: Hunk): boolean {
  return h.resultLeft > 0 || h.parentLeft.some((n) => n > 0);
}

/** `@@ -a,b +c,d @@` or, for a merge with N parents, N+1 '@' and N '-' ranges: `@@@ -a,b -c,d +e,f @@@`. */
export function parseHunkHeader(line: string): Hunk | undefined {
  const at = /^@+/.exec(line)?.[0] ?? '';
  const end = line.indexOf(` ${at}`, at.length);
  if (at.length < 2 || end === -1) return undefined;
  const ranges = line.slice(at.length + 1, end).split(' ');
  const parents = at.length - 1;
  if (ranges.length !== parents + 1) return undefined;
  const count = (range: string) => {
    const m = /^[-+](\d+)(?:,(\d+))?$/.exec(range);
    return m ? { start: Number(m[1]), count: m[2] === undefined ? 1 : Number(m[2]) } : undefined;
  };
  const old = ranges.slice(0, parents).map(count);
  const added = count(ranges[parents] ?? '');
  if (!added || old.some((o) => o === undefined)) return undefined;
  return { parents, resultLeft: added.count, parentLeft: old.map((o) => o?.count ?? 0), nextLine: added.start };
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * Git C-quotes a path holding a double quote, a backslash or a control character even with
 * core.quotePath=false: `"b/a\tb"`, with octal escapes for raw bytes. Other paths come through as they are.
 */
export function unquotePath(text: string): string {
  if (!(text.startsWith('"') && text.endsWith('"') && text.length >= 2)) return text;
  const bytes: number[] = [];
  for (const part of text.slice(1, -1).split(/(\\(?:[0-7]{3}|.))/s)) {
    if (part.length < 2 || !part.startsWith('\\')) bytes.push(...Buffer.from(part, 'utf8'));
    else if (/^\\[0-7]{3}$/.test(part)) bytes.push(parseInt(part.slice(1), 8));
    else bytes.push(ESCAPES[part[1] ?? ''] ?? part.charCodeAt(1));
  }
  return Buffer.from(bytes).toString('utf8');
}
