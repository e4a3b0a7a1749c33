import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without type declarations
import { LabelError, metrics, parseLabels, score, total } from '../score.mjs';

interface Finding {
  rule: string;
  file: string;
  line: number;
  endLine?: number;
  redacted: string;
}

const finding = (file: string, line: number, rule = 'test-rule', endLine?: number): Finding => ({
  rule,
  file,
  line,
  redacted: 'ab…yz',
  ...(endLine === undefined ? {} : { endLine }),
});

describe('parseLabels', () => {
  it('reads one label per line and skips blanks and // comments', () => {
    const text = [
      '// gitleaks rule samples',
      '{"source":"a","file":"x/tp-01.txt","positives":"any"}',
      '',
      '{"source":"b","file":"y.txt","positives":[3,5],"ignore":[4],"note":"n"}',
    ].join('\n');
    expect(parseLabels(text)).toEqual([
      { source: 'a', file: 'x/tp-01.txt', positives: 'any' },
      { source: 'b', file: 'y.txt', positives: [3, 5], ignore: [4], note: 'n' },
    ]);
  });

  it('names the line and the fix for a malformed label', () => {
    expect(() => parseLabels('{"source":"a"', 'labels.jsonl')).toThrow(new LabelError('labels.jsonl:1 is not JSON'));
    expect(() => parseLabels('\n{"source":"a","file":"f","positives":[0]}', 'labels.jsonl')).toThrow(/labels\.jsonl:2 needs "source", "file", "positives"/);
    expect(() => parseLabels('{"source":"a","file":"f","positives":"some"}')).toThrow(LabelError);
  });
});

describe('score', () => {
  it('counts found and missed positive lines, and findings elsewhere as false positives once per line', () => {
    const labels = [{ source: 's', file: 'f.txt', positives: [2, 7] }];
    const findings = [finding('f.txt', 2), finding('f.txt', 4, 'noisy'), finding('f.txt', 4, 'other'), finding('g.txt', 1)];
    const s = score(labels, findings).get('s');
    expect([s.tp, s.fp, s.fn]).toEqual([1, 1, 1]);
    expect(s.misses).toEqual([{ file: 'f.txt', line: 7, note: undefined }]);
    expect(s.falsePositives.map((f: Finding) => [f.line, f.rule])).toEqual([[4, 'noisy']]);
  });

  it('credits a multi-line finding to every positive line it spans', () => {
    const labels = [{ source: 's', file: 'key.pem', positives: [1, 3] }];
    const s = score(labels, [finding('key.pem', 1, 'private-key', 3)]).get('s');
    expect([s.tp, s.fp, s.fn]).toEqual([2, 0, 0]);
  });

  it('scores an "any" label as one unit and a [] label as a must-stay-silent file', () => {
    const labels = [
      { source: 's', file: 'tp.sh', positives: 'any' },
      { source: 's', file: 'tp2.sh', positives: 'any' },
      { source: 's', file: 'fp.sh', positives: [] },
    ];
    const findings = [finding('tp.sh', 3), finding('tp.sh', 4), finding('fp.sh', 1)];
    const s = score(labels, findings).get('s');
    expect([s.tp, s.fp, s.fn]).toEqual([1, 1, 1]);
  });

  it('lets a finding on an ignored line count neither way', () => {
    const labels = [{ source: 's', file: 'hooks.txt', positives: [3], ignore: [1] }];
    const s = score(labels, [finding('hooks.txt', 1), finding('hooks.txt', 3)]).get('s');
    expect([s.tp, s.fp, s.fn]).toEqual([1, 0, 0]);
  });

  it('keeps sources apart and sums them in total', () => {
    const labels = [
      { source: 'a', file: 'a.txt', positives: [1] },
      { source: 'b', file: 'b.txt', positives: [] },
    ];
    const sources = score(labels, [finding('a.txt', 1), finding('b.txt', 2)]);
    expect([...sources.keys()]).toEqual(['a', 'b']);
    expect(total(sources)).toEqual({ tp: 1, fp: 1, fn: 0 });
  });
});

describe('metrics', () => {
  it('computes precision, recall and F1, with empty denominators counted as perfect', () => {
    const m = metrics({ tp: 8, fp: 2, fn: 0 });
    expect(m.precision).toBe(0.8);
    expect(m.recall).toBe(1);
    expect(m.f1).toBeCloseTo(16 / 18, 12);
    expect(metrics({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(metrics({ tp: 0, fp: 3, fn: 2 }).f1).toBe(0);
  });
});
