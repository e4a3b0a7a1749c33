import { describe, expect, it } from 'vitest';
import { initialReviewState, reviewReducer, type ReviewAction } from '../src/tui/reducer.js';
import { currentRow, nameForStore, tally, visibleRows } from '../src/tui/selectors.js';
import type { ReviewState } from '../src/tui/model.js';
import { sampleRows } from './tui/fixtures.js';

const run = (state: ReviewState, ...actions: ReviewAction[]) => actions.reduce(reviewReducer, state);
const start = () => initialReviewState(sampleRows());

describe('review reducer', () => {
  it('moves within the visible rows and stops at both ends', () => {
    let s = run(start(), { type: 'move', by: 1 });
    expect(currentRow(s)?.id).toBe('db-host');
    s = run(s, { type: 'move', by: 10 });
    expect(currentRow(s)?.id).toBe('aws');
    s = run(s, { type: 'move', by: -10 });
    expect(s.cursor).toBe(0);
    expect(currentRow(run(s, { type: 'last' }))?.id).toBe('aws');
    expect(run(s, { type: 'last' }, { type: 'first' }).cursor).toBe(0);
  });

  it('accept takes the proposal for the whole item and moves down', () => {
    const s = run(start(), { type: 'accept' });
    expect(s.decisions['item-db']).toEqual({ action: 'migrate', store: 'secrets-manager', name: 'shop/prod/db' });
    expect(currentRow(s)?.id).toBe('stripe');
    expect(tally(s)).toMatchObject({ pending: 2, migrate: 1, byStore: { 'secrets-manager': 1 } });
  });

  it('s cycles the store and carries the name across naming styles', () => {
    let s = run(start(), { type: 'cycle-store' });
    expect(s.decisions['item-db']).toEqual({ action: 'migrate', store: 'vault', name: 'shop/prod/db' });
    s = run(s, { type: 'cycle-store' });
    expect(s.decisions['item-db']).toEqual({ action: 'migrate', store: 'remove', name: '' });
    s = run(s, { type: 'cycle-store' });
    expect(s.decisions['item-db']).toEqual({ action: 'migrate', store: 'ssm-string', name: '/shop/prod/db' });
    expect(s.cursor).toBe(0);
    expect(nameForStore('/a/b', 'secrets-manager')).toBe('a/b');
  });

  it('the store chooser opens on the current store, wraps around, and Enter decides for the item (undoable)', () => {
    let s = run(start(), { type: 'open-store-chooser' });
    expect(s.overlay).toBe('store');
    expect(s.chooser).toBe(2); // secrets-manager, the proposal
    s = run(s, { type: 'chooser-move', by: -1 }, { type: 'chooser-move', by: -1 }, { type: 'chooser-move', by: -1 });
    expect(s.chooser).toBe(4); // wrapped to remove
    s = run(s, { type: 'chooser-move', by: 2 });
    expect(s.chooser).toBe(1);
    s = run(s, { type: 'choose-store' });
    expect(s.overlay).toBe('none');
    expect(s.decisions['item-db']).toEqual({ action: 'migrate', store: 'ssm-secure', name: '/shop/prod/db' });
    expect(s.notice).toBe('change store 1 item');
    expect(run(s, { type: 'undo' }).decisions['item-db']).toBeUndefined();
  });

  it('Esc closes the chooser without deciding; choose-store outside the chooser does nothing', () => {
    const s = run(start(), { type: 'open-store-chooser' }, { type: 'chooser-move', by: 1 }, { type: 'close-overlay' });
    expect(s.overlay).toBe('none');
    expect(s.decisions).toEqual({});
    expect(run(start(), { type: 'choose-store' })).toEqual(start());
  });

  it('the chooser applies to every marked item', () => {
    const s = run(start(), { type: 'mark' }, { type: 'mark' }, { type: 'open-store-chooser' }, { type: 'chooser-move', by: 1 }, { type: 'choose-store' });
    // opened on the highlighted row (aws: remove), one down wraps to SSM String
    expect(s.decisions['item-db']).toEqual({ action: 'migrate', store: 'ssm-string', name: '/shop/prod/db' });
    expect(s.decisions['item-stripe']).toEqual({ action: 'migrate', store: 'ssm-string', name: '/shop/prod/stripe-key' });
    expect(s.decisions['item-aws']).toBeUndefined();
    expect(s.marked).toEqual([]);
  });

  it('scroll-detail stays within 0..max and starts over when the highlight moves', () => {
    let s = run(start(), { type: 'scroll-detail', by: 5, max: 3 });
    expect(s.detailScroll).toBe(3);
    s = run(s, { type: 'scroll-detail', by: -10, max: 3 });
    expect(s.detailScroll).toBe(0);
    s = run(s, { type: 'scroll-detail', by: 2 }, { type: 'move', by: 2 });
    expect(s.detailScroll).toBe(0);
    // accept moves the highlight down too
    expect(run(start(), { type: 'scroll-detail', by: 2 }, { type: 'accept' }).detailScroll).toBe(0);
    // a decision that keeps the highlight keeps the scroll
    expect(run(start(), { type: 'scroll-detail', by: 2 }, { type: 'cycle-store' }).detailScroll).toBe(2);
  });

  it('e renames through the inline input; empty or spaced names are refused with a notice', () => {
    let s = run(start(), { type: 'start-rename' });
    expect(s.overlay).toBe('rename');
    expect(s.draft).toBe('shop/prod/db');
    s = run(s, { type: 'backspace' }, { type: 'backspace' }, { type: 'type', text: 'database' });
    s = run(s, { type: 'commit-input' });
    expect(s.overlay).toBe('none');
    expect(s.decisions['item-db']).toEqual({ action: 'migrate', store: 'secrets-manager', name: 'shop/prod/database' });

    let bad = run(start(), { type: 'start-rename' }, { type: 'type', text: ' x' }, { type: 'commit-input' });
    expect(bad.overlay).toBe('rename');
    expect(bad.notice).toMatch(/whitespace/);
    bad = run(start(), { type: 'last' }, { type: 'start-rename' });
    expect(bad.overlay).toBe('none');
    expect(bad.notice).toMatch(/no name/);
  });

  it('i skips and n marks not-a-secret, each moving down', () => {
    const s = run(start(), { type: 'skip' }, { type: 'not-secret' });
    expect(s.decisions['item-db']).toEqual({ action: 'skip' });
    expect(s.decisions['item-stripe']).toEqual({ action: 'not-secret' });
    expect(tally(s)).toMatchObject({ skipped: 1, notSecret: 1, pending: 1 });
  });

  it('u undoes decisions one at a time, back to pending', () => {
    let s = run(start(), { type: 'accept' }, { type: 'accept' }, { type: 'cycle-store' });
    expect(s.decisions['item-aws']).toEqual({ action: 'migrate', store: 'ssm-string', name: '/infra/aws-access-key' });
    expect(s.decisions['item-db']?.action).toBe('migrate');
    s = run(s, { type: 'undo' });
    expect(s.notice).toBe('undid: change store 1 item');
    s = run(s, { type: 'undo' }, { type: 'undo' });
    expect(s.decisions).toEqual({});
    expect(run(s, { type: 'undo' }).notice).toBe('nothing to undo');
  });

  it('Space marks items and the next action applies to all marked, then clears the marks', () => {
    let s = run(start(), { type: 'mark' }, { type: 'mark' });
    expect(s.marked).toEqual(['item-db', 'item-stripe']);
    s = run(s, { type: 'skip' });
    expect(s.marked).toEqual([]);
    expect(s.decisions).toEqual({ 'item-db': { action: 'skip' }, 'item-stripe': { action: 'skip' } });
    s = run(s, { type: 'undo' });
    expect(s.decisions).toEqual({});
    expect(run(start(), { type: 'mark' }, { type: 'first' }, { type: 'mark' }).marked).toEqual([]);
    expect(run(start(), { type: 'mark' }, { type: 'close-overlay' }).marked).toEqual([]);
  });

  it('A accepts every pending visible item and leaves earlier decisions alone', () => {
    let s = run(start(), { type: 'move', by: 2 }, { type: 'not-secret' }, { type: 'accept-all-visible' });
    expect(s.decisions).toEqual({
      'item-db': { action: 'migrate', store: 'secrets-manager', name: 'shop/prod/db' },
      'item-stripe': { action: 'not-secret' },
      'item-aws': { action: 'migrate', store: 'remove', name: '' },
    });
    s = run(s, { type: 'undo' });
    expect(Object.keys(s.decisions)).toEqual(['item-stripe']);
  });

  it('/ filters by path, rule or sensitivity; Esc cancels the input', () => {
    let s = run(start(), { type: 'start-filter' }, { type: 'type', text: 'stripe' }, { type: 'commit-input' });
    expect(visibleRows(s).map((r) => r.id)).toEqual(['stripe']);
    s = run(s, { type: 'start-filter' }, { type: 'backspace' }, { type: 'close-overlay' });
    expect(s.filter).toBe('stripe');
    s = run(start(), { type: 'start-filter' }, { type: 'type', text: 'critical' }, { type: 'commit-input' });
    expect(visibleRows(s).map((r) => r.id)).toEqual(['db-pass', 'aws']);
    s = run(s, { type: 'accept-all-visible' });
    expect(Object.keys(s.decisions).sort()).toEqual(['item-aws', 'item-db']);
    s = run(start(), { type: 'start-filter' }, { type: 'type', text: 'infra/' }, { type: 'commit-input' });
    expect(visibleRows(s).map((r) => r.id)).toEqual(['aws']);
  });

  it('t toggles grouping between file, project and kind', () => {
    let s = run(start(), { type: 'toggle-grouping' });
    expect(s.grouping).toBe('project');
    expect(visibleRows(s).map((r) => r.project)).toEqual(['shop', 'shop', 'shop', 'infra']);
    s = run(s, { type: 'toggle-grouping' }, { type: 'toggle-grouping' });
    expect(s.grouping).toBe('file');
  });

  it('Tab switches panes, ? opens help and Esc closes it', () => {
    const s = run(start(), { type: 'toggle-focus' }, { type: 'open-help' });
    expect(s.focus).toBe('detail');
    expect(s.overlay).toBe('help');
    expect(run(s, { type: 'close-overlay' }).overlay).toBe('none');
  });

  it('resumes saved decisions and drops ones for items no longer found', () => {
    const s = initialReviewState(sampleRows(), { 'item-db': { action: 'skip' }, 'item-gone': { action: 'skip' } });
    expect(s.decisions).toEqual({ 'item-db': { action: 'skip' } });
    expect(s.notice).toBe('resumed 1 decision from the last session (u undoes new ones only)');
    expect(start().notice).toBe('');
  });
});
