import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SecretValue, fake, fingerprint, type Detection } from '@unleak/core';
import { unifiedDiff } from '@unleak/rewrite';
import { maskedContext } from '../src/tui/rows.js';
import { maskDiff } from '../src/tui/rewrite-preview.js';
import { detailWindow, reviewLayout } from '../src/tui/layout.js';
import { storeChoices } from '../src/tui/store-chooser.js';
import { readSession, writeSession, SESSION_FILE } from '../src/tui/session-file.js';
import { ApplyDriver } from '../src/tui/apply-driver.js';
import { reviewKey, splitBurst } from '../src/tui/keys.js';
import { initialReviewState, reviewReducer } from '../src/tui/reducer.js';
import { applyPreview } from '../src/tui/plan-view.js';
import { lineDiffStat } from '../src/tui/diff-stat.js';
import { costOfDecisions } from '../src/tui/cost.js';
import type { ApplyRun } from '../src/tui/services.js';
import { itemsOf } from './tui/fake-services.js';
import { sampleRows } from './tui/fixtures.js';

function detection(file: string, line: number, value: string, rule: string, at: { column: number; endLine: number; endColumn: number }): Detection {
  return {
    rule, file, line, ...at, fingerprint: fingerprint(rule, value), redacted: new SecretValue(value).redacted,
    kind: 'password', sensitivity: 'high', store: 'secrets-manager', secret: new SecretValue(value), context: { fileKind: 'dotenv' },
  };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('masked context', () => {
  it('replaces every secret of the file on the shown lines, including each line of a multi-line value', () => {
    const password = fake.alnum(24, 'ctx-1');
    const body = [fake.alnum(40, 'pem-a'), fake.alnum(40, 'pem-b')];
    const pem = ['-----BEGIN PRIVATE KEY-----', ...body, '-----END PRIVATE KEY-----'].join('\n');
    const text = ['A=1', `DB_PASSWORD=${password}`, `KEY="${pem.split('\n')[0]}`, ...pem.split('\n').slice(1), '"', 'B=2'].join('\n');
    const ds = [
      detection('.env', 2, password, 'generic-password', { column: 13, endLine: 2, endColumn: 13 + password.length }),
      detection('.env', 3, pem, 'private-key', { column: 6, endLine: 6, endColumn: 26 }),
    ];
    const shown = maskedContext(text, 3, ds).map((l) => l.text).join('\n');
    expect(shown).not.toContain(password);
    for (const b of body) expect(shown).not.toContain(b);
    expect(shown).toContain(`DB_PASSWORD=${new SecretValue(password).redacted}`);
    expect(maskedContext(text, 3, ds).map((l) => l.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it('hides values known only by position (findings the baseline suppressed), overlapping spans merged', () => {
    const hiddenValue = fake.alnum(20, 'ctx-2');
    const url = `postgres://app:${hiddenValue}@db:5432/shop`;
    const text = ['X=1', `DB_PASSWORD=${hiddenValue}`, `DATABASE_URL=${url}`].join('\n');
    const baselined = { file: '.env', line: 2, column: 13, endLine: 2, endColumn: 13 + hiddenValue.length, redacted: 'hidden…' };
    const inUrl = { file: '.env', line: 3, column: 29, endLine: 3, endColumn: 29 + hiddenValue.length, redacted: 'pw…' };
    const whole = { file: '.env', line: 3, column: 14, endLine: 3, endColumn: 14 + url.length, redacted: 'url…' };
    const shown = maskedContext(text, 1, [], [baselined, inUrl, whole]);
    expect(shown.map((l) => l.text)).toEqual(['X=1', 'DB_PASSWORD=hidden…', 'DATABASE_URL=url…']);
  });
});

describe('rewrite preview masking', () => {
  it('hides the other items\' and the baselined secrets that the rewrite\'s own diff leaves in context and added lines', () => {
    const migrated = fake.alnum(24, 'diff-1');
    const other = fake.alnum(24, 'diff-2');
    const baselined = fake.alnum(20, 'diff-3');
    const before = ['A=1', `DB_PASSWORD=${migrated}`, `API_KEY=${other}`, `PAIR=${migrated}:${baselined}`, 'B=2'].join('\n');
    const after = ['A=1', 'DB_PASSWORD=${ssm:/shop/db}', `API_KEY=${other}`, `PAIR=\${ssm:/shop/db}:${baselined}`, 'B=2'].join('\n');
    const start = before.indexOf(migrated);
    const target = { span: { start, end: start + migrated.length }, line: 2, column: 13, store: 'ssm-secure' as const, name: '/shop/db', envName: 'DB_PASSWORD', kind: 'password' as const };
    const raw = unifiedDiff('.env', before, after, [target]);
    expect(raw).toContain(other); // the engine's diff only masks its own targets
    const ds = [
      detection('.env', 2, migrated, 'generic-password', { column: 13, endLine: 2, endColumn: 13 + migrated.length }),
      detection('.env', 3, other, 'generic-api-key', { column: 9, endLine: 3, endColumn: 9 + other.length }),
      detection('.env', 4, migrated, 'generic-password', { column: 6, endLine: 4, endColumn: 6 + migrated.length }),
    ];
    const col = `PAIR=${migrated}:`.length + 1;
    const hidden = [{ file: '.env', line: 4, column: col, endLine: 4, endColumn: col + baselined.length, redacted: 'base…' }];
    const shown = maskDiff(raw, before, ds, hidden);
    const text = shown.join('\n');
    for (const v of [migrated, other, baselined]) expect(text).not.toContain(v);
    expect(shown).toContain(`-DB_PASSWORD=${new SecretValue(migrated).redacted}`);
    expect(shown).toContain('+DB_PASSWORD=${ssm:/shop/db}');
    expect(shown).toContain(` API_KEY=${new SecretValue(other).redacted}`);
    expect(shown).toContain('+PAIR=${ssm:/shop/db}:base…');
    expect(shown.slice(0, 3)).toEqual(['--- a/.env', '+++ b/.env', '@@ -1,5 +1,5 @@']);
  });
});

describe('detail window', () => {
  it('fits without a status row, or keeps one row for "lines a–b of n" and clamps the scroll', () => {
    expect(detailWindow(5, 10, 3)).toEqual({ start: 0, end: 5, overflow: false, maxScroll: 0 });
    expect(detailWindow(20, 10, 0)).toEqual({ start: 0, end: 7, overflow: true, maxScroll: 13 });
    expect(detailWindow(20, 10, 99)).toEqual({ start: 13, end: 20, overflow: true, maxScroll: 13 });
    expect(reviewLayout(79, 24)).toMatchObject({ sideBySide: false, listWidth: 79, listHeight: 9, detailHeight: 10 });
    expect(reviewLayout(120, 40)).toMatchObject({ sideBySide: true, listWidth: 60, detailWidth: 59, detailHeight: 35 });
  });
});

describe('store chooser', () => {
  it('offers every store with the name carried into its form and the monthly cost of this item there', () => {
    const rows = sampleRows();
    const choices = storeChoices(rows[0]!, undefined, itemsOf(rows));
    expect(choices.map((c) => [c.store, c.name, c.current])).toEqual([
      ['ssm-string', '/shop/prod/db', false],
      ['ssm-secure', '/shop/prod/db', false],
      ['secrets-manager', 'shop/prod/db', true],
      ['vault', 'shop/prod/db', false],
      ['remove', '', false],
    ]);
    const items = itemsOf(rows);
    for (const c of choices) expect(c.monthlyUsd).toBe(costOfDecisions(items.filter((i) => i.id === 'item-db'), { 'item-db': { action: 'migrate', store: c.store, name: c.name } }).totalUsd);
    expect(choices.find((c) => c.store === 'secrets-manager')!.monthlyUsd).toBeGreaterThan(0);
  });
});

describe('session file', () => {
  it('round-trips decisions, holds no values, and drops malformed entries', async () => {
    const root = mkdtempSync(join(tmpdir(), 'unleak-session-'));
    dirs.push(root);
    expect(await readSession(root)).toEqual({});
    await writeSession(root, { b: { action: 'skip' }, a: { action: 'migrate', store: 'vault', name: 'x/y' } });
    const text = readFileSync(join(root, SESSION_FILE), 'utf8');
    expect(Object.keys(JSON.parse(text).decisions)).toEqual(['a', 'b']);
    expect(await readSession(root)).toEqual({ a: { action: 'migrate', store: 'vault', name: 'x/y' }, b: { action: 'skip' } });
  });
});

describe('keys', () => {
  const state = initialReviewState(sampleRows());
  it('maps the fixed keys and sends letters to the input while typing', () => {
    expect(reviewKey('j', {}, state)).toEqual({ type: 'move', by: 1 });
    expect(reviewKey('', { upArrow: true }, state)).toEqual({ type: 'move', by: -1 });
    expect(reviewKey('', { return: true }, state)).toEqual({ type: 'accept' });
    expect(reviewKey('a', {}, state)).toEqual({ type: 'open-apply' });
    expect(reviewKey('A', {}, state)).toEqual({ type: 'accept-all-visible' });
    expect(reviewKey('q', {}, state)).toEqual({ type: 'quit' });
    const typing = reviewReducer(state, { type: 'start-filter' });
    expect(reviewKey('q', {}, typing)).toEqual({ type: 'type', text: 'q' });
    expect(reviewKey('', { escape: true }, typing)).toEqual({ type: 'close-overlay' });
    const detail = reviewReducer(state, { type: 'toggle-focus' });
    expect(reviewKey('j', {}, detail)).toEqual({ type: 'scroll-detail', by: 1 });
    expect(reviewKey('n', {}, detail)).toEqual({ type: 'not-secret' });
  });

  it('PgUp/PgDn page the focused pane by the page size; J/K scroll the detail from either pane', () => {
    expect(reviewKey('', { pageDown: true }, state, 17)).toEqual({ type: 'move', by: 17 });
    expect(reviewKey('', { pageUp: true }, state, 17)).toEqual({ type: 'move', by: -17 });
    expect(reviewKey('J', {}, state)).toEqual({ type: 'scroll-detail', by: 1 });
    expect(reviewKey('K', {}, state)).toEqual({ type: 'scroll-detail', by: -1 });
    const detail = reviewReducer(state, { type: 'toggle-focus' });
    expect(reviewKey('', { pageDown: true }, detail, 8)).toEqual({ type: 'scroll-detail', by: 8 });
    expect(reviewKey('', { pageUp: true }, detail, 8)).toEqual({ type: 'scroll-detail', by: -8 });
    expect(reviewKey('', { downArrow: true }, detail)).toEqual({ type: 'scroll-detail', by: 1 });
  });

  it('s opens the store chooser, S still cycles; in the chooser ↑/↓, j/k and s move, Enter sets, Esc cancels', () => {
    expect(reviewKey('s', {}, state)).toEqual({ type: 'open-store-chooser' });
    expect(reviewKey('S', {}, state)).toEqual({ type: 'cycle-store' });
    const chooser = reviewReducer(state, { type: 'open-store-chooser' });
    expect(reviewKey('s', {}, chooser)).toEqual({ type: 'chooser-move', by: 1 });
    expect(reviewKey('j', {}, chooser)).toEqual({ type: 'chooser-move', by: 1 });
    expect(reviewKey('', { upArrow: true }, chooser)).toEqual({ type: 'chooser-move', by: -1 });
    expect(reviewKey('', { return: true }, chooser)).toEqual({ type: 'choose-store' });
    expect(reviewKey('', { escape: true }, chooser)).toEqual({ type: 'close-overlay' });
    // no decision keys leak through while choosing
    expect(reviewKey('n', {}, chooser)).toBeUndefined();
    expect(reviewKey('a', {}, chooser)).toBeUndefined();
  });

  it('splits a burst of plain keys, and leaves pastes with other control characters whole', () => {
    expect(splitBurst('jj\r', {})).toEqual([['j', {}], ['j', {}], ['', { return: true }]]);
    expect(splitBurst('j', {})).toEqual([['j', {}]]);
    expect(splitBurst('a\x1bb', {})).toEqual([['a\x1bb', {}]]);
    expect(splitBurst('cc', { ctrl: true })).toEqual([['cc', { ctrl: true }]]);
  });
});

describe('apply preview, cost and diff stat', () => {
  it('lists writes, removals and files from the decisions only', () => {
    const rows = sampleRows();
    const s = reviewReducer(reviewReducer(initialReviewState(rows), { type: 'accept' }), { type: 'skip' });
    const preview = applyPreview(rows, s.decisions);
    expect(preview.writes).toEqual([{ itemId: 'item-db', store: 'secrets-manager', name: 'shop/prod/db' }]);
    expect(preview.files).toEqual([{ path: 'apps/shop/.env', findings: 2 }]);
    expect(costOfDecisions(itemsOf(rows), s.decisions).totalUsd).toBeGreaterThan(0.4);
    expect(lineDiffStat('a\nb\nc', 'a\nB\nc\nd')).toEqual({ added: 2, removed: 1 });
  });
});

describe('apply driver', () => {
  function run(failFirst: Set<string>): ApplyRun & { calls: Array<string[] | undefined> } {
    const calls: Array<string[] | undefined> = [];
    return {
      calls,
      items: ['x', 'y'],
      filesOf: { x: ['a.ts'], y: ['a.ts', 'b.ts'] },
      async execute(only, onProgress, signal) {
        calls.push(only);
        for (const id of only ?? ['x', 'y']) {
          if (signal.aborted) return { interrupted: true };
          onProgress({ type: 'item', itemId: id, step: 'write' });
          if (failFirst.delete(id)) onProgress({ type: 'failed', itemId: id, error: 'Throttled: slow down' });
          else onProgress({ type: 'stored', itemId: id, outcome: 'created' });
        }
        for (const file of ['a.ts', 'b.ts']) onProgress({ type: 'file', file, phase: 'done' });
        return { interrupted: false };
      },
      async finish(stopped) {
        return { moved: [], removed: 0, files: [], monthlyUsd: 0, policies: [], rotate: [], notes: [stopped ? 'stopped' : 'done'] };
      },
    };
  }

  it('marks items done when their files are rewritten, and retries a failure on r', async () => {
    const r = run(new Set(['y']));
    const driver = new ApplyDriver(r, { x: 'X', y: 'Y' }, () => {});
    const ending = driver.start();
    await new Promise((res) => setTimeout(res, 10));
    expect(driver.lines.map((l) => l.status.state)).toEqual(['done', 'failed']);
    driver.retry();
    const end = await ending;
    expect(r.calls).toEqual([undefined, ['y']]);
    expect(driver.lines.map((l) => l.status.state)).toEqual(['done', 'done']);
    expect(end).toMatchObject({ stopped: false, failed: 0 });
  });

  it('skip leaves the failed item skipped; stop ends as interrupted', async () => {
    const r = run(new Set(['x']));
    const driver = new ApplyDriver(r, {}, () => {});
    const ending = driver.start();
    await new Promise((res) => setTimeout(res, 10));
    driver.skip();
    expect(await ending).toMatchObject({ stopped: false, failed: 1 });
    const stopped = new ApplyDriver(run(new Set()), {}, () => {});
    stopped.stop();
    expect(await stopped.start()).toMatchObject({ stopped: true });
  });
});
