import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materializeExample, type MaterializedExample } from '@unleak/demo';
import { readBaseline } from '@unleak/scanner';
import { main } from '../src/main.js';
import { createLiveServices, describeWrites } from '../src/tui/services-live.js';
import { initialReviewState, reviewReducer } from '../src/tui/reducer.js';
import type { RewritePreview } from '../src/tui/rewrite-preview.js';
import { fakeIo } from './helpers.js';

describe('entry points without a terminal', () => {
  it('unleak with no arguments prints help to stderr and exits 2; unleak help exits 0', async () => {
    const io = fakeIo(process.cwd());
    expect(await main([], io)).toBe(2);
    expect(io.err).toContain('usage: unleak');
    expect(io.err).toContain('tui');
    expect(await main(['help'], fakeIo(process.cwd()))).toBe(0);
  });

  it('unleak tui exits 2 with one line naming the non-interactive commands', async () => {
    const io = fakeIo(process.cwd());
    expect(await main(['tui'], io)).toBe(2);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toContain("use 'unleak migrate --plan-out plan.yaml' then 'unleak apply plan.yaml --yes'");
    const bad = fakeIo(process.cwd());
    expect(await main(['tui', 'a', 'b'], bad)).toBe(2);
    expect(bad.err).toContain('tui takes one PATH');
  });
});

describe('write target shown before confirming', () => {
  it('names profile, region, endpoint and Vault address, and what is unset', () => {
    expect(describeWrites(['ssm-secure', 'vault'], { AWS_REGION: 'eu-west-1', AWS_ENDPOINT_URL: 'http://127.0.0.1:9' }, undefined)).toBe(
      'AWS profile (default chain), region eu-west-1, endpoint http://127.0.0.1:9; Vault (unset: export VAULT_ADDR), mount secret',
    );
    expect(describeWrites(['secrets-manager'], { AWS_PROFILE: 'prod' }, undefined)).toBe('AWS profile prod, region (unset: export AWS_REGION)');
    expect(describeWrites(['remove'], {}, undefined)).toBe('no store (only removals)');
  });
});

describe('the built CLI loads Ink only for the session', () => {
  it('no chunk reachable by static imports from main.js imports ink or react', () => {
    const dist = fileURLToPath(new URL('../dist/', import.meta.url));
    if (!existsSync(join(dist, 'main.js'))) return; // `npm test` builds first; the e2e test builds when stale
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(join(dist, file), 'utf8');
      expect(text).not.toMatch(/^import[^;]*from\s*["'](ink|react)["']/m);
      for (const m of text.matchAll(/^import[^;]*?from\s*["']\.\/([^"']+)["']/gm)) visit(m[1] as string);
    };
    visit('main.js');
    expect(seen.size).toBeGreaterThan(0);
    expect(readdirSync(dist).some((f) => /^render-.*\.js$/.test(f))).toBe(true);
  });
});

describe('live services on the example repository (no terminal, no stores)', () => {
  let work: string;
  let example: MaterializedExample;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'unleak-tui-live-'));
    example = await materializeExample(join(work, 'shop'), { git: false });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('scans into redacted rows, saves decisions and the baseline, and resumes', async () => {
    const services = createLiveServices({ root: example.root, io: fakeIo(example.root) });
    const progress: number[] = [];
    const outcome = await services.scan((p) => progress.push(p.files), new AbortController().signal);
    expect(outcome.rows.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toBeGreaterThan(0);
    const shown = JSON.stringify(outcome.rows);
    for (const s of example.secrets) for (const line of s.value.reveal().split('\n').filter((l) => l.length >= 8)) expect(shown.includes(line)).toBe(false);

    let state = initialReviewState(outcome.rows, outcome.resumed);
    state = reviewReducer(state, { type: 'not-secret' });
    state = reviewReducer(state, { type: 'accept' });
    await services.save(state.decisions);
    const session = readFileSync(join(example.root, '.unleak', 'session.json'), 'utf8');
    for (const s of example.secrets) expect(session.includes(s.value.reveal())).toBe(false);
    const baseline = await readBaseline(join(example.root, '.unleak-baseline.json'));
    const ignored = outcome.rows.filter((r) => r.itemId === outcome.rows[0]?.itemId);
    expect(baseline.entries.map((e) => e.fingerprint).sort()).toEqual([...new Set(ignored.map((r) => r.fingerprint))].sort());

    // Next session: the baselined findings are gone and the other decision is resumed.
    const again = await createLiveServices({ root: example.root, io: fakeIo(example.root) }).scan(() => {}, new AbortController().signal);
    expect(again.rows.some((r) => r.itemId === outcome.rows[0]?.itemId)).toBe(false);
    expect(Object.values(again.resumed).filter((d) => d.action === 'migrate')).toHaveLength(1);
    expect(initialReviewState(again.rows, again.resumed).decisions).toEqual(
      Object.fromEntries(Object.entries(state.decisions).filter(([, d]) => d.action === 'migrate')),
    );
  });

  it('previews each item\'s rewrite as a redacted diff, in the chosen store, and writes nothing', async () => {
    const services = createLiveServices({ root: example.root, io: fakeIo(example.root) });
    const outcome = await services.scan(() => {}, new AbortController().signal);
    const files = [...new Set(outcome.rows.map((r) => r.file))];
    const before = new Map(files.map((f) => [f, readFileSync(join(example.root, f), 'utf8')]));
    const previews: RewritePreview[] = [];
    for (const item of outcome.items) previews.push(await services.previewRewrite(item.id, { store: item.store, name: item.name }));
    const shown = JSON.stringify(previews);
    for (const s of example.secrets) for (const line of s.value.reveal().split('\n').filter((l) => l.length >= 8)) expect(shown.includes(line), `${s.file}:${s.line} (${s.recipe})`).toBe(false);
    expect(previews.filter((p) => p.diff.some((l) => l.startsWith('@@ '))).length).toBeGreaterThan(outcome.items.length / 2);
    // where the rewritten code names its store entry, another store and name show in the preview
    const k = outcome.items.findIndex((i, n) => i.name !== '' && previews[n]?.diff.some((l) => l.startsWith('+') && l.includes(i.name)));
    const item = outcome.items[k]!;
    const inVault = await services.previewRewrite(item.id, { store: 'vault', name: 'shop/preview-check' });
    expect(inVault.diff.some((l) => l.startsWith('+') && l.includes('shop/preview-check'))).toBe(true);
    expect(inVault.diff.some((l) => l.includes(item.name))).toBe(false);
    for (const f of files) expect(readFileSync(join(example.root, f), 'utf8')).toBe(before.get(f));
    expect(existsSync(join(example.root, '.unleak', 'journal'))).toBe(false);
  });
});
