import { skipReasonForPath } from '../skip-rules.js';
import { isTestPath } from '../test-path.js';
import { assertGitRepository, gitLines } from './git.js';
import type { FragmentFactory, SourceFragment } from './source-fragment.js';

/** A marker no diff line can start with (diff body lines start with '+', '-', ' ' or '\\'). */
const COMMIT_MARKER = '\u0001commit ';

/** The git arguments for `--history [--since REV]`: added lines only (-U0), one header line per commit. */
export function historyArgs(since?: string, paths: string[] = []): string[] {
  return [
    '-c',
    'core.quotePath=false',
    'log',
    '-p',
    '-U0',
    '--no-color',
    '--no-ext-diff',
    '--no-renames',
    '--relative',
    '--format=%x01commit %H %aI',
    ...(since ? [`${since}..HEAD`] : []),
    '--',
    ...paths,
  ];
}

/** Streams `git log -p` as one fragment per commit and file holding the added lines, with their line numbers. */
export async function* historyFragments(
  root: string,
  since: string | undefined,
  paths: string[] | undefined,
  factory: FragmentFactory,
  signal?: AbortSignal,
): AsyncGenerator<SourceFragment> {
  await assertGitRepository(root, signal);
  yield* parseHistory(gitLines(root, historyArgs(since, paths), signal), factory);
}

interface Pending {
  commit: string;
  committedAt: string;
  file: string;
  lines: string[];
  lineMap: number[];
  bytes: number;
}

/** Pure parser over the lines of `git log -p -U0` output (exported for tests). */
export async function* parseHistory(lines: AsyncIterable<string> | Iterable<string>, factory: FragmentFactory): AsyncGenerator<SourceFragment> {
  let commit = '';
  let committedAt = '';
  let file: string | undefined;
  let current: Pending | undefined;
  let added = 0;
  let removed = 0;
  let nextLine = 0;

  const flush = (): SourceFragment | undefined => {
    const done = current;
    current = undefined;
    if (!done || done.lines.length === 0) return undefined;
    const text = done.lines.join('\n');
    return {
      fragment: {
        file: done.file,
        text,
        fileKind: factory.fileKindOf(done.file, text.slice(0, 4096)),
        commit: done.commit,
        committedAt: done.committedAt,
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
    if (added > 0 || removed > 0) {
      if (line.startsWith('+')) {
        added--;
        if (current) {
          current.lines.push(line.slice(1));
          current.lineMap.push(nextLine);
          current.bytes += Buffer.byteLength(line); // the line without '+', plus its newline
        }
        nextLine++;
        continue;
      }
      if (line.startsWith('-')) {
        removed--;
        continue;
      }
      if (line.startsWith('\\')) continue;
      added = removed = 0;
    }
    if (line.startsWith(COMMIT_MARKER)) {
      const f = flush();
      if (f) yield f;
      const [sha = '', date = ''] = line.slice(COMMIT_MARKER.length).split(' ');
      commit = sha;
      committedAt = date;
      file = undefined;
    } else if (line.startsWith('diff --git ')) {
      const f = flush();
      if (f) yield f;
      file = undefined;
    } else if (line.startsWith('+++ ')) {
      const target = line.slice(4).replace(/\t$/, '');
      file = target === '/dev/null' ? undefined : target.replace(/^b\//, '');
      if (file !== undefined && skipReasonForPath(file) === undefined) {
        current = { commit, committedAt, file, lines: [], lineMap: [], bytes: 0 };
      }
    } else if (line.startsWith('@@ ')) {
      const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (hunk) {
        removed = hunk[1] === undefined ? 1 : Number(hunk[1]);
        nextLine = Number(hunk[2]);
        added = hunk[3] === undefined ? 1 : Number(hunk[3]);
      }
    }
  }
  const last = flush();
  if (last) yield last;
}
