import { readFileSync } from 'node:fs';
import type { FileKind } from '@unleak/core';
import type { RewriteTarget } from '../src/index.js';
import { syntaxProblem as syntaxProblemOf } from '../src/syntax-check.js';

/** A target as written in a fixture: the fake value locates the span, so nobody counts offsets by hand. */
export interface FixtureTarget extends Omit<RewriteTarget, 'span' | 'line' | 'column'> {
  value: string;
  /** 1-based occurrence of `value` in the file; 1 when absent. */
  occurrence?: number;
  /** The case expects this target in `manual`; its value may stay. */
  manual?: boolean;
}

export interface Fixture {
  path: string;
  options?: { tsStyle?: 'env' | 'sdk' };
  targets: FixtureTarget[];
}

export function loadFixture(file: string): Fixture {
  return JSON.parse(readFileSync(file, 'utf8')) as Fixture;
}

export function toTarget(text: string, f: FixtureTarget): RewriteTarget {
  let start = -1;
  for (let n = 0; n < (f.occurrence ?? 1); n++) start = text.indexOf(f.value, start + 1);
  if (start === -1) throw new Error(`fixture value not found in before file (occurrence ${f.occurrence ?? 1})`);
  const before = text.slice(0, start);
  const line = before.split('\n').length;
  const column = start - before.lastIndexOf('\n');
  const { value: _value, occurrence: _occurrence, manual: _manual, ...rest } = f;
  return { ...rest, span: { start, end: start + f.value.length }, line, column };
}

/** A syntax problem in `text` judged by file name and kind (the check apply runs before writing), or undefined. */
export function syntaxProblem(path: string, kind: FileKind | 'extra', text: string): string | undefined {
  return syntaxProblemOf(path, text, kind === 'extra' ? undefined : kind);
}
