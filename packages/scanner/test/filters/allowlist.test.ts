import { describe, expect, it } from 'vitest';
import { createAllowlist } from '../../src/filters/allowlist.js';
import { pending } from '../helpers.js';

describe('allowlist step', () => {
  const allow = createAllowlist({ allow: { paths: ['docs/**', '*.md'], rules: ['generic-password'] } });
  it('suppresses by rule id', () => {
    expect(allow(pending({ rule: 'generic-password' }))).toContain("rule 'generic-password'");
  });
  it('suppresses by path glob, including basename globs anywhere', () => {
    expect(allow(pending({ file: 'docs/setup/guide.txt' }))).toContain("'docs/**'");
    expect(allow(pending({ file: 'pkg/README.md' }))).toContain("'*.md'");
  });
  it('keeps everything else', () => {
    expect(allow(pending({ file: 'src/docs.ts' }))).toBeUndefined();
    expect(createAllowlist(undefined)(pending())).toBeUndefined();
  });
});
