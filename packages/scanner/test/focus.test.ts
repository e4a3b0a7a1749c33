import { fake } from '@unleak/core';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../src/detect.js';
import { defaultKit } from '../src/default-kit.js';
import { GENERIC_RULES, extractAssignments, fileKindOf, genericCandidates } from '../src/extract/index.js';
import { focusText } from '../src/extract/focus.js';
import { CREDENTIAL_WORDS } from '../src/generic/keywords.js';
import { KeywordIndex } from '../src/prefilter.js';
import type { Candidate, Fragment } from '../src/types.js';

const detect = createDetector(defaultKit);
const keywords = new KeywordIndex([], CREDENTIAL_WORDS);
const fragmentOf = (file: string, text: string): Fragment => ({ file, text, fileKind: fileKindOf(file, text), isTest: false });
const generic = (found: Candidate[]) => found.filter((c) => GENERIC_RULES.some((r) => r.id === c.ruleId));
const view = (found: Candidate[]) => found.map((c) => [c.ruleId, c.start, c.end, c.context.key, c.context.scope?.join('>'), c.parts]).sort();
const filler = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `block_${seed}_${i}:\n  enabled: true\n  replicas: ${i % 9}\n  labels:\n    team: t${i}\n`).join('\n');

describe('focused extraction', () => {
  it('loses no generic finding of any rule sample, and adds none', () => {
    for (const rule of GENERIC_RULES) {
      for (const sample of [...rule.samples.match, ...rule.samples.noMatch]) {
        const fragment = fragmentOf(sample.file, sample.text);
        const whole = genericCandidates(fragment, extractAssignments(fragment)).filter((c) => !detect(fragment).some((p) => p.start === c.start && !GENERIC_RULES.some((r) => r.id === p.ruleId)));
        expect(view(generic(detect(fragment))), `${rule.id} on ${sample.file}`).toEqual(view(whole));
      }
    }
  });

  it('reads a large YAML file through the credential line, its siblings and its ancestors only', () => {
    const password = fake.password(20, 'focus-yaml');
    const text = `${filler(300, 'a')}\nservices:\n  orders:\n    image: shop/orders:1\n    environment:\n      DB_HOST: db.internal\n      DB_USER: shop\n      DB_PASSWORD: ${password}\n${filler(300, 'b')}`;
    const fragment = fragmentOf('deploy/values.yaml', text);
    const focused = focusText(fragment, keywords.scan(text, []).credentialLines);
    expect(focused!.text.length).toBeLessThan(text.length / 20);
    const found = generic(detect(fragment));
    expect(found.map((c) => c.ruleId).sort()).toEqual(['db-host', 'db-username', 'generic-password']);
    const passwordFinding = found.find((c) => c.ruleId === 'generic-password');
    expect(passwordFinding).toMatchObject({ ruleId: 'generic-password', secret: password, context: { key: 'DB_PASSWORD', scope: ['services', 'orders', 'environment'] }, parts: { username: 'shop', host: 'db.internal' } });
    expect(text.slice(passwordFinding!.start, passwordFinding!.end)).toBe(password);
  });

  it('keeps a whole script and Kubernetes name/value pairs', () => {
    const password = fake.password(20, 'focus-ci');
    const ci = `${filler(50, 'c')}\njobs:\n  push:\n    steps:\n      - name: login\n        run: |\n          echo start\n          docker login \\\n            -u ci-bot \\\n            -p ${password} registry.example.org\n`;
    const hits = generic(detect(fragmentOf('.github/workflows/ci.yml', ci)));
    expect(hits.find((c) => c.ruleId === 'docker-login-password')?.secret).toBe(password);
    const token = fake.alnum(32, 'focus-k8s');
    const deploy = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          env:\n            - name: LOG_LEVEL\n              value: info\n            - name: API_TOKEN\n              value: "${token}"\n`;
    const [c] = generic(detect(fragmentOf('k8s/deploy.yaml', deploy)));
    expect(c).toMatchObject({ ruleId: 'generic-token', secret: token, context: { key: 'API_TOKEN' } });
    expect(c!.context.scope?.[0]).toBe('Deployment/api');
  });

  it('gives a provider finding on an unmarked line the context of its assignment', () => {
    const token = 'gh' + 'p_' + fake.alnum(36, 'focus-gh');
    const text = `${filler(40, 'd')}\nci:\n  github: ${token}\n`;
    const [c] = detect(fragmentOf('config.yml', text));
    expect(c).toMatchObject({ ruleId: expect.stringContaining('github'), context: { key: 'github', scope: ['ci'] } });
  });

  it('reads code through the paragraph of the credential line', () => {
    const password = fake.password(16, 'focus-py');
    const code = Array.from({ length: 200 }, (_, i) => `def f${i}(x):\n    return x + ${i}\n`).join('\n');
    const text = `${code}\nDB = dict(\n    host="db.internal",\n    user="shop",\n    password="${password}",\n)\n\n${code}`;
    const fragment = fragmentOf('app/settings.py', text);
    expect(focusText(fragment, keywords.scan(text, []).credentialLines)!.text.length).toBeLessThan(200);
    const found = generic(detect(fragment)).find((c) => c.ruleId === 'generic-password');
    expect(found).toMatchObject({ secret: password, parts: { host: 'db.internal', username: 'shop' } });
  });

  it('passes only the groups that hold a credential of a JSON file to the generic rules', () => {
    const secret = fake.alnum(40, 'focus-json');
    const noise = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`setting${i}`, { user: `u${i}`, host: `h${i}.internal` }]));
    const text = JSON.stringify({ ...noise, payments: { user: 'shop', client_secret: secret } }, null, 2);
    const found = generic(detect(fragmentOf('config/app.json', text)));
    expect(found.map((c) => c.ruleId).sort()).toEqual(['db-username', 'generic-secret']);
  });

  it('reads a minified JSON object of thousands of keys on one line in bounded time', () => {
    const secret = fake.alnum(40, 'focus-one-line');
    const text = `{${Array.from({ length: 100_000 }, (_, i) => `"k${i}":"v${i}"`).join(',')},"client_secret":"${secret}"}`;
    const started = performance.now();
    const found = generic(detect(fragmentOf('dist/config.json', text)));
    expect(found.map((c) => c.secret)).toEqual([secret]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('extracts nothing from a fragment without a credential word or provider hit', () => {
    expect(focusText(fragmentOf('a.yml', 'a: 1\n'), [])).toBeUndefined();
    expect(detect(fragmentOf('a.yml', `${filler(20, 'e')}\n`))).toEqual([]);
  });
});

describe('credential lines of the keyword pass', () => {
  it('marks each line holding a credential word once, and long lines every few KB', () => {
    const text = 'a = 1\npassword = x # token\nb = 2\nAPI_KEY=y\n';
    expect(keywords.scan(text, []).credentialLines.map((at) => text.slice(text.lastIndexOf('\n', at) + 1, text.indexOf('\n', at)))).toEqual(['password = x # token', 'API_KEY=y']);
    const long = 'x'.repeat(100) + 'token'.repeat(10_000);
    expect(keywords.scan(long, []).credentialLines.length).toBeGreaterThan(5);
    expect(keywords.scan(long, []).credentialLines.length).toBeLessThan(20);
  });
});
