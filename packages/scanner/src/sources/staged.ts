import { skipReasonForPath } from '../skip-rules.js';
import { catFileObjects } from './cat-file.js';
import { assertGitRepository, gitOutput } from './git.js';
import { wholeFileFragment } from './read-file.js';
import type { SkippedPath } from './walk.js';
import type { FragmentFactory, SourceFragment } from './source-fragment.js';

/** Larger staged blobs are skipped: a commit hook must stay fast, and such blobs are data, not config. */
export const STAGED_MAX_BYTES = 10 * 1024 * 1024;

/** Staged paths (added, copied, modified, renamed) relative to `root`, as git reports them. */
export async function stagedPaths(root: string, signal?: AbortSignal): Promise<string[]> {
  await assertGitRepository(root, signal);
  const out = await gitOutput(root, ['-c', 'core.quotePath=false', 'diff', '--cached', '--name-only', '-z', '--relative', '--diff-filter=ACMR'], signal);
  return out.toString('utf8').split('\0').filter(Boolean);
}

/**
 * The index version of each path, read through one long-lived `git cat-file --batch` (not one process per
 * file), so a commit hook stays fast on many files; one blob is held at a time.
 */
export async function* stagedFragments(
  root: string,
  paths: string[],
  factory: FragmentFactory,
  onSkip: (s: SkippedPath) => void,
  signal?: AbortSignal,
): AsyncGenerator<SourceFragment> {
  const wanted = paths.filter((p) => {
    const reason = skipReasonForPath(p) ?? (p.includes('\n') ? 'name contains a newline' : undefined);
    if (reason) onSkip({ relPath: p, reason });
    return !reason;
  });
  if (wanted.length === 0) return;
  const pathOf = new Map(wanted.map((p) => [`:./${p}`, p]));
  for await (const { name, blob } of catFileObjects(root, [...pathOf.keys()], signal)) {
    const path = pathOf.get(name) ?? name;
    if (blob === undefined) {
      onSkip({ relPath: path, reason: 'not in the index' });
      continue;
    }
    if (blob.length > STAGED_MAX_BYTES) {
      onSkip({ relPath: path, reason: `staged blob larger than ${STAGED_MAX_BYTES} bytes` });
      continue;
    }
    const whole = wholeFileFragment(blob, path, factory);
    if (whole) yield whole;
    else onSkip({ relPath: path, reason: 'binary content' });
  }
}
