import { fake } from '@unleak/core';
import { describe, expect, it } from 'vitest';
import { GENERIC_RULES } from '../src/extract/index.js';
import { yamlTrees } from '../src/extract/yaml.js';
import { parsePlainYaml } from '../src/extract/yaml-plain.js';

const token = fake.alnum(32, 'yaml-plain');
const documents: Record<string, string> = {
  'maps, lists and scalars of every kind': `# settings\nname: api\nversion: 1.10\nport: 5432\nhex: 0x1F\nenabled: true\nnothing:\nempty: ~\nratio: .5\nquoted: "a \\"b\\" \\u00e9\\n"\nsingle: 'it''s'\nurl: https://example.org/a?b=c#frag\nlist:\n  - a\n  - 2\n  - "c"\ncompact:\n- x\n- y: 1\n  z: 2\nnested:\n  deeper:\n    token: ${token} # trailing comment\n`,
  'a literal block and an env list': `jobs:\n  build:\n    steps:\n      - name: login\n        run: |\n          echo hi\n\n            indented more\n          docker login -p ${token}\n      - run: |-\n          make\n    env:\n      - name: API_TOKEN\n        value: "${token}"\n`,
  'several documents': `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  key: value\n---\napiVersion: v1\nkind: Service\n...\n`,
  'CRLF line ends': 'a: 1\r\nb:\r\n  c: "x"\r\n',
  'a literal block followed by blank lines': 'script: |\n  one\n  two\n\n\nnext: 1\n',
  'a literal block at the end': 'script: |\n  one\n',
};
const notPlain: Record<string, string> = {
  'a flow map': 'a: {b: 1}\n',
  'an anchor': 'a: &x 1\nb: *x\n',
  'a tag': 'a: !Ref Db\n',
  'a folded block': 'a: >\n  b\n  c\n',
  'a multi-line plain scalar': 'a: b\n  c\n',
  'a tab': 'a:\n\tb: 1\n',
  'a complex key': '? a\n: b\n',
};

describe('parsePlainYaml', () => {
  for (const [name, text] of Object.entries(documents)) {
    it(`reads ${name} as the full parser does`, () => {
      const plain = parsePlainYaml(text);
      expect(plain).toBeDefined();
      expect(plain).toEqual(yamlTrees(text));
    });
  }
  for (const [name, text] of Object.entries(notPlain)) {
    it(`leaves ${name} to the full parser`, () => expect(parsePlainYaml(text)).toBeUndefined());
  }
  it('agrees with the full parser on every YAML sample of the generic rules', () => {
    let read = 0;
    for (const rule of GENERIC_RULES) {
      for (const { file, text } of [...rule.samples.match, ...rule.samples.noMatch]) {
        if (!/\.ya?ml$/.test(file)) continue;
        const plain = parsePlainYaml(text);
        if (plain === undefined) continue;
        read++;
        expect(plain, `${rule.id} ${file}`).toEqual(yamlTrees(text));
      }
    }
    expect(read).toBeGreaterThan(10);
  });
});
