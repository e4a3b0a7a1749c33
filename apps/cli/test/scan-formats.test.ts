import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINDING_KEYS, HISTORY_KEYS } from './scan-contract.js';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';
import { awsKeyId, githubToken, tempRepo } from './scan-helpers.js';

const secrets = [awsKeyId('fmt1'), githubToken('fmt2'), awsKeyId('fmt3'), awsKeyId('fmt4')];

describe('scan output formats', () => {
  let repo: ReturnType<typeof tempRepo>;
  beforeAll(() => {
    repo = tempRepo({
      'config/prod.env': `AWS_ACCESS_KEY_ID=${secrets[0]}\nGITHUB_TOKEN=${secrets[1]}\n`,
      'test/fixtures/keys.env': `AWS_ACCESS_KEY_ID=${secrets[2]}\n`,
      'src/ignored.ts': `const k = "${secrets[3]}"; // unleak:allow\n`,
    });
  });
  afterAll(() => repo.cleanup());

  it('json follows the version 1 contract, fields in contract order', async () => {
    const io = fakeIo(repo.root);
    expect(await main(['scan', '--format', 'json'], io)).toBe(1);
    const doc = JSON.parse(io.out);
    expect(Object.keys(doc)).toEqual(['version', 'findings', 'stats']);
    expect(doc.version).toBe(1);
    expect(Object.keys(doc.stats)).toEqual(['files', 'bytes', 'ms']);
    expect(doc.stats.files).toBe(3);
    expect(doc.findings.length).toBeGreaterThanOrEqual(3);
    for (const f of doc.findings) {
      expect(Object.keys(f)).toEqual(FINDING_KEYS.filter((k) => k in f));
      expect(Object.keys(f)).toEqual(FINDING_KEYS.filter((k) => !HISTORY_KEYS.includes(k)));
      expect(['critical', 'high', 'medium', 'low']).toContain(f.sensitivity);
      expect(['ssm-string', 'ssm-secure', 'secrets-manager', 'vault', 'remove']).toContain(f.store);
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.fingerprint).toMatch(/^(?:v1:)?[0-9a-f]{16,}$/);
    }
    const rank = (file: string) => ['critical', 'high', 'medium', 'low'].indexOf(doc.findings.find((f: { file: string; rule: string }) => f.file === file && f.rule === 'aws-access-key-id').sensitivity);
    expect(rank('test/fixtures/keys.env')).toBeGreaterThan(rank('config/prod.env'));
    expect(io.err).toMatch(/scanned 3 files/);
  });

  it('sarif is 2.1.0 as GitHub code scanning expects it', async () => {
    const io = fakeIo(repo.root);
    expect(await main(['scan', '--format', 'sarif'], io)).toBe(1);
    const sarif = JSON.parse(io.out);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toContain('sarif-2.1.0');
    const [run] = sarif.runs;
    expect(run.tool.driver.name).toBe('unleak');
    const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const r of run.tool.driver.rules) {
      expect(r.shortDescription.text.length).toBeGreaterThan(0);
      expect(Number(r.properties['security-severity'])).toBeGreaterThan(0);
    }
    expect(run.results.length).toBeGreaterThanOrEqual(3);
    for (const r of run.results) {
      expect(ruleIds).toContain(r.ruleId);
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(['error', 'warning', 'note']).toContain(r.level);
      expect(r.message.text.length).toBeGreaterThan(0);
      const loc = r.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).not.toMatch(/^\/|\\/);
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(r.partialFingerprints['unleak/v1']).toMatch(/^(?:v1:)?[0-9a-f]{16,}$/);
    }
  });

  it('github emits one workflow annotation per finding with escaped properties', async () => {
    const io = fakeIo(repo.root);
    expect(await main(['scan', '--format', 'github'], io)).toBe(1);
    const annotations = io.out.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations.length).toBeGreaterThanOrEqual(3);
    expect(annotations).toContainEqual(expect.stringMatching(/^::error file=config\/prod\.env,line=1,col=19,endLine=1,endColumn=39,title=unleak aws-access-key-id::AWS access key ID \(AKIA…/));
  });

  it('no output format, verbose log or baseline ever contains a secret value', async () => {
    const outputs: string[] = [];
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const io = fakeIo(repo.root, { FORCE_COLOR: '1', NO_COLOR: '' });
      await main(['scan', '--format', format, '--verbose'], io);
      outputs.push(io.out, io.err);
    }
    const io = fakeIo(repo.root);
    expect(await main(['baseline', '--output', 'b.json'], io)).toBe(0);
    outputs.push(io.out, io.err, readFileSync(join(repo.root, 'b.json'), 'utf8'));
    for (const text of outputs) for (const s of secrets) expect(text).not.toContain(s);
  });
});
