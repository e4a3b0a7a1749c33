import { describe, expect, it } from 'vitest';
import { inlineIgnoreReason } from '../../src/filters/inline-ignore.js';

describe('inline ignore step', () => {
  it.each(['const k = "x"; // unleak:allow', 'key = x # gitleaks:allow', 'key = x  # pragma: allowlist secret'])('honours a marker on the line: %s', (line) => {
    expect(inlineIgnoreReason({ line, previous: '' })).toMatch(/on the line$/);
  });
  it('honours -next-line markers on the line above', () => {
    expect(inlineIgnoreReason({ line: 'key = x', previous: '  // unleak:allow-next-line' })).toContain('line above');
    expect(inlineIgnoreReason({ line: 'key = x', previous: '# pragma: allowlist nextline secret' })).toContain('line above');
  });
  it('honours a plain marker in a comment-only line above', () => {
    expect(inlineIgnoreReason({ line: 'key = x', previous: '    # unleak:allow' })).toContain('comment on the line above');
  });
  it('does not let a suppressed line above hide the next line', () => {
    expect(inlineIgnoreReason({ line: 'b = y', previous: 'a = x // unleak:allow' })).toBeUndefined();
  });
  it('keeps lines without markers', () => {
    expect(inlineIgnoreReason({ line: 'key = x', previous: '// unrelated' })).toBeUndefined();
  });
});
