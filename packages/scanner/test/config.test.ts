import { describe, expect, it } from 'vitest';
import { parseScanConfig } from '../src/config.js';

describe('parseScanConfig', () => {
  it('reads scan.allow paths and rules and ignores other sections', () => {
    const { config, problems } = parseScanConfig({ stores: { default: 'ssm' }, scan: { allow: { paths: ['docs/**'], rules: ['demo-token'] } } }, new Set(['demo-token']));
    expect(problems).toEqual([]);
    expect(config).toEqual({ allow: { paths: ['docs/**'], rules: ['demo-token'] } });
  });
  it('accepts an empty document', () => {
    expect(parseScanConfig(null)).toEqual({ config: { allow: { paths: [], rules: [] } }, problems: [] });
  });
  it('collects every problem with its key path', () => {
    const { problems } = parseScanConfig({ scan: { allwo: 1, allow: { paths: 'docs', rules: ['nope', 3], extra: true } } }, new Set(['demo-token']));
    expect(problems).toEqual([
      'scan.allwo: unknown key; expected one of: allow',
      'scan.allow.extra: unknown key; expected one of: paths, rules',
      'scan.allow.paths: must be a list of strings',
      "scan.allow.rules[0]: 'nope' is not a rule id (run 'unleak scan --verbose' to see rule ids in findings)",
      'scan.allow.rules[1]: must be a non-empty string',
    ]);
  });
  it('rejects a document that is not a mapping', () => {
    expect(parseScanConfig(['a']).problems).toHaveLength(1);
  });
});
