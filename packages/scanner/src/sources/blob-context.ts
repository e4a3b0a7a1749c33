import { CatFileSession } from './cat-file.js';
import { wholeFileFragment } from './read-file.js';
import type { FragmentFactory, SourceFragment } from './source-fragment.js';

/** Which changed files are read whole, and at which commit. */
export interface BlobContext {
  /** The commit whose version of the file the fragment's line numbers refer to. */
  commitOf(source: SourceFragment): string | undefined;
  /** Whether the file's findings can depend on lines the change left alone. */
  wants(source: SourceFragment): boolean;
  /** Larger versions keep the added-lines fragment. */
  maxBytes: number;
}

/** The blobs of one batch, at most: a batch asks git for this many bytes' worth of maxBytes-sized versions. */
const BATCH_BYTES = 16 * 1024 * 1024;

/**
 * Replaces each added-lines fragment of a diff or of history with the whole version of its file at that
 * commit, reporting only the added lines. Format-aware extraction needs context that sits on unchanged
 * lines: the `- name: DB_PASSWORD` above a changed `value:`, the object a JSON member is added to, the
 * `provider "aws"` block around a changed key. A version that is missing, larger than `maxBytes` or binary
 * keeps the added-lines fragment. Versions are read through one `git cat-file --batch`, a batch at a time.
 */
export async function* withBlobContext(
  root: string,
  sources: AsyncIterable<SourceFragment>,
  context: BlobContext,
  factory: FragmentFactory,
  signal?: AbortSignal,
): AsyncGenerator<SourceFragment> {
  const session = new CatFileSession(root, signal);
  const batchSize = Math.max(1, Math.floor(BATCH_BYTES / context.maxBytes));
  try {
    let batch: SourceFragment[] = [];
    for await (const source of sources) {
      batch.push(source);
      if (batch.length < batchSize) continue;
      yield* await inContext(session, batch, context, factory);
      batch = [];
    }
    yield* await inContext(session, batch, context, factory);
  } finally {
    session.close();
  }
}

async function inContext(session: CatFileSession, batch: SourceFragment[], context: BlobContext, factory: FragmentFactory): Promise<SourceFragment[]> {
  const nameOf = (source: SourceFragment): string | undefined => {
    const commit = context.commitOf(source);
    const { file, lineMap } = source.fragment;
    return commit && lineMap && !file.includes('\n') && context.wants(source) ? `${commit}:./${file}` : undefined;
  };
  const names = batch.map(nameOf);
  const objects = await session.read(names.filter((n): n is string => n !== undefined));
  let next = 0;
  return batch.map((source, i) => {
    if (names[i] === undefined) return source;
    const blob = objects[next++]?.blob;
    return (blob && blob.length <= context.maxBytes && wholeVersion(source, blob, factory)) || source;
  });
}

function wholeVersion(source: SourceFragment, blob: Buffer, factory: FragmentFactory): SourceFragment | undefined {
  const { file, commit, committedAt, lineMap } = source.fragment;
  const whole = wholeFileFragment(blob, file, factory);
  if (!whole) return undefined;
  return {
    ...whole,
    fragment: { ...whole.fragment, ...(commit ? { commit } : {}), ...(committedAt ? { committedAt } : {}) },
    firstOfFile: source.firstOfFile,
    reportLines: new Set(lineMap),
  };
}
