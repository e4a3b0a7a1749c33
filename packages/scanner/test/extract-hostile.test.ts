import { fake, type FileKind } from '@unleak/core';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS, extractAssignments, genericCandidates } from '../src/extract/index.js';
import type { Fragment } from '../src/types.js';

const ALL_KINDS = [...new Set(EXTRACTORS.flatMap((e) => e.fileKinds))] as FileKind[];

function timed(fileKind: FileKind, text: string, file = 'hostile'): { ms: number; count: number } {
  const fragment: Fragment = { file, text, fileKind, isTest: false };
  const started = performance.now();
  const assignments = extractAssignments(fragment);
  genericCandidates(fragment, assignments);
  return { ms: performance.now() - started, count: assignments.length };
}

const DEPTH = 10_000;
/** Block nesting without quadratic size: `- - - … x` is a sequence nested DEPTH times; plus 500 indented map levels. */
const deepBlockYaml = '- '.repeat(DEPTH) + 'password\n' + Array.from({ length: 500 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x\n';
const deepFlow = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
const deepJson = '{"a":'.repeat(DEPTH) + '"password"' + '}'.repeat(DEPTH);
const deepYamlMap = '{a: '.repeat(DEPTH) + 'x' + '}'.repeat(DEPTH);
const minified = '{"data":[' + Array.from({ length: 110_000 }, (_, i) => `{"id":${i},"name":"item-${i}","token":"t${i}x"}`).join(',') + ']}';

describe('extraction on hostile input', () => {
  it('5 MB minified JSON line', () => {
    const text = minified.slice(0, minified.lastIndexOf(',{"id"', 5_000_000)) + ']}';
    expect(text.length).toBeGreaterThan(4_900_000);
    const { ms, count } = timed('json', text);
    expect(count).toBeGreaterThan(100_000);
    expect(ms).toBeLessThan(5_000);
  });

  it('a large file full of secrets in one group stays linear', () => {
    const entries = Array.from({ length: 20_000 }, (_, i) => `"api_key_${i}": "${fake.alnum(24, `many-${i}`)}"`);
    const text = `{${entries.join(',')}, "host": "db.internal"}`;
    const fragment: Fragment = { file: 'many.json', text, fileKind: 'json', isTest: false };
    const started = performance.now();
    const found = genericCandidates(fragment, extractAssignments(fragment));
    expect(found.filter((c) => c.ruleId === 'generic-api-key').length).toBeGreaterThan(19_900);
    expect(found.filter((c) => c.ruleId === 'db-host').map((c) => c.secret)).toEqual(['db.internal']);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  for (const [name, text] of [
    ['10k-deep block YAML', deepBlockYaml],
    ['10k-deep flow sequence', deepFlow],
    ['10k-deep flow map', deepYamlMap],
    ['10k-deep JSON', deepJson],
  ] as const) {
    it(`${name} does not blow the stack in any extractor`, () => {
      for (const kind of ALL_KINDS) {
        const { ms } = timed(kind, text);
        expect(ms, kind).toBeLessThan(3_000);
      }
    });
  }

  it('deep JSON still yields shallow members', () => {
    const text = `{"password": "p1", "deep": ${deepJson}}`;
    const found = extractAssignments({ file: 'a.json', text, fileKind: 'json', isTest: false });
    expect(found[0]).toMatchObject({ key: 'password', value: 'p1' });
  });

  it('broken YAML, HCL, JSON and XML do not throw', () => {
    const broken: [FileKind, string][] = [
      ['yaml', 'a: [1, 2\n  b: "unterminated\n: :\n- - -\n\t\tpassword: x\n'],
      ['kubernetes', 'apiVersion: v1\nkind: Secret\ndata:\n  password: !!binary %%%\n  : :\n'],
      ['terraform', 'resource "x" {\n  password = "abc\n  nested {\n}\n}\n}\n}\nprovider "aws" {'],
      ['json', '{"password": "p1", "a": [1, 2,, }'],
      ['xml', '<a><password>p1</password><b attr="x></a'],
      ['toml', '[a\npassword = "x\n[[b]]\nkey = \'\n'],
      ['properties', 'a=\\\n\\\n\\'],
      ['dockerfile', 'ENV\nENV =\nARG\nRUN docker login -u -p'],
      ['shell', 'docker login -p\ncurl -u\nsshpass -p\nmysql -p\nexport ="x'],
    ];
    for (const [kind, text] of broken) expect(() => timed(kind, text)).not.toThrow();
    const json = extractAssignments({ file: 'a.json', text: broken[3]![1], fileKind: 'json', isTest: false });
    expect(json.map((a) => a.value)).toContain('p1');
  });

  it('long lines and binary noise stay linear in every extractor', () => {
    const size = 100_000;
    const noise = Array.from({ length: size }, (_, i) => String.fromCharCode((i * 7919) % 65_000)).join('');
    const patterns = [
      'a'.repeat(size),
      '"'.repeat(size),
      'password='.repeat(size / 10),
      'x: '.repeat(size / 3),
      '<a b="'.repeat(size / 6),
      `${'a.'.repeat(size / 2)}= "x"`,
      'docker login '.repeat(size / 13),
      '-p'.repeat(size / 2),
      `x${'["k"]'.repeat(size / 5)} == "v"`,
      `${'a.b'.repeat(size / 6)}['k'] = `,
      `docker build --secret ${'id=a,'.repeat(size / 5)}=`,
      `A=${'\t#'.repeat(size / 2)}`,
      `A="${'\\"'.repeat(size / 2)}`,
      noise,
    ];
    for (const kind of ALL_KINDS) {
      for (const text of patterns) {
        const { ms } = timed(kind, text);
        expect(ms, `${kind} on ${JSON.stringify(text.slice(0, 12))}`).toBeLessThan(2_000);
      }
    }
  });
});
