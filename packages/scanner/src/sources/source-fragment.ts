import type { Fragment } from '../types.js';

/**
 * A fragment as a source produced it, with where its text starts in the file: large files are read in
 * overlapping windows, so offset 0 of a window is not line 1, column 1.
 */
export interface SourceFragment {
  fragment: Fragment;
  /** 1-based line of the fragment's first character. */
  firstLine: number;
  /** 1-based column of the fragment's first character. */
  firstColumn: number;
  /** New bytes this fragment adds to the scan total (the overlap with the previous window counts once). */
  bytes: number;
  /** True for the first fragment of a file (counts the file once). */
  firstOfFile: boolean;
  /**
   * Report only findings on these file lines (1-based). Set when the text is a whole file read for the
   * context its changed lines need (--diff, --history): the other lines were there before.
   */
  reportLines?: ReadonlySet<number>;
}

/** What the sources need to build fragments; supplied by the scan so sources stay free of extraction. */
export interface FragmentFactory {
  fileKindOf(path: string, text?: string): Fragment['fileKind'];
}
