/// <reference path="./picomatch.d.ts" />
import picomatch from 'picomatch';

/** A matcher for path-style globs (`**` spans folders, dotfiles match). */
export function globMatcher(patterns: string | string[]): (input: string) => boolean {
  return picomatch(patterns, { dot: true });
}

/** Why a glob does not compile (unbalanced brackets, braces, parentheses), or undefined when it does. */
export function globError(glob: string): string | undefined {
  try {
    picomatch(glob, { strictBrackets: true });
    return undefined;
  } catch (e) {
    return e instanceof Error ? (e.message.split(' - ')[0] ?? e.message) : 'does not compile';
  }
}
