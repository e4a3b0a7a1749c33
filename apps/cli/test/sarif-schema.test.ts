import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fake } from '@unleak/core';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';
import { awsKeyId, git, githubToken, tempRepo, writeFiles } from './scan-helpers.js';

/**
 * unleak's SARIF against the OASIS SARIF 2.1.0 schema (test/data/sarif-schema-2.1.0.json; see data/README.md
 * for where it came from). ajv has no format plugins installed here, so the three formats the schema uses
 * are checked by small validators below rather than ignored.
 */
const URI = /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$/;
const URI_REFERENCE = /^[^\s]*$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(new URL('./data/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', URI);
  ajv.addFormat('uri-reference', URI_REFERENCE);
  ajv.addFormat('date-time', DATE_TIME);
  return ajv.compile(schema);
}

function errorsOf(validate: ValidateFunction, log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('SARIF output validates against the SARIF 2.1.0 JSON schema', () => {
  let validate: ValidateFunction;
  let repo: ReturnType<typeof tempRepo>;
  const secrets = {
    aws: awsKeyId('sarif1'),
    github: githubToken('sarif2'),
    password: fake.password(20, 'sarif3'),
    old: awsKeyId('sarif4'),
  };

  beforeAll(() => {
    validate = sarifValidator();
    repo = tempRepo({});
    git(repo.root, 'init', '-q');
    writeFiles(repo.root, {
      'config/prod.env': `AWS_ACCESS_KEY_ID=${secrets.aws}\n`,
      'src/client.ts': `export const token = "${secrets.github}";\n`,
      'deploy/values.yaml': `db:\n  password: "${secrets.password}"\n`,
      'docs/with space/[id].md': `key: ${awsKeyId('sarif5')}\n`,
    });
    git(repo.root, 'add', '.');
    git(repo.root, 'commit', '-qm', 'initial');
    writeFiles(repo.root, { 'legacy.env': `OLD_KEY=${secrets.old}\n` });
    git(repo.root, 'add', '.');
    git(repo.root, 'commit', '-qm', 'add a key');
    git(repo.root, 'rm', '-q', 'legacy.env');
    git(repo.root, 'commit', '-qm', 'remove the key');
  });
  afterAll(() => repo.cleanup());

  async function sarifOf(args: string[]): Promise<{ log: { runs: { results: { ruleId: string; properties?: { commit?: string } }[] }[] }; text: string }> {
    const io = fakeIo(repo.root);
    expect(await main(['scan', ...args, '--format', 'sarif'], io)).toBe(1);
    return { log: JSON.parse(io.out), text: io.out + io.err };
  }

  it('a working-tree scan with findings from several rules', async () => {
    const { log, text } = await sarifOf([]);
    expect(errorsOf(validate, log)).toEqual([]);
    const rules = new Set(log.runs[0]!.results.map((r) => r.ruleId));
    expect(rules.size).toBeGreaterThanOrEqual(3);
    for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
  });

  it('a history scan (findings carry the commit)', async () => {
    const { log, text } = await sarifOf(['--history']);
    expect(errorsOf(validate, log)).toEqual([]);
    const results = log.runs[0]!.results;
    expect(results.some((r) => r.properties?.commit)).toBe(true);
    for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
  });

  it('a clean scan (no results, no rules)', async () => {
    const clean = tempRepo({ 'a.ts': 'export const a = 1;\n' });
    try {
      const io = fakeIo(clean.root);
      expect(await main(['scan', '--format', 'sarif'], io)).toBe(0);
      expect(errorsOf(validate, JSON.parse(io.out))).toEqual([]);
    } finally {
      clean.cleanup();
    }
  });

  it('negative control: the validator rejects broken logs', async () => {
    const { log } = await sarifOf([]);
    const broken = (mutate: (l: any) => void) => {
      const copy = structuredClone(log) as any;
      mutate(copy);
      return errorsOf(validate, copy);
    };
    expect(broken((l) => delete l.runs[0].tool.driver.name)).toEqual(expect.arrayContaining([expect.stringContaining("must have required property 'name'")]));
    expect(broken((l) => (l.version = '2.0.0'))).not.toEqual([]);
    expect(broken((l) => (l.runs[0].results[0].level = 'fatal'))).not.toEqual([]);
    expect(broken((l) => (l.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0))).not.toEqual([]);
    expect(broken((l) => (l.runs[0].results[0].message = 'not an object'))).not.toEqual([]);
    expect(broken((l) => (l.runs[0].results[0].unknownField = true))).not.toEqual([]);
    expect(broken((l) => (l.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'has a space'))).not.toEqual([]);
  });
});
