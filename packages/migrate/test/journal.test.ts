import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '@unleak/core';
import { Journal } from '@unleak/migrate';
import { acquireLock } from '../src/lock.js';

describe('the journal and the lock', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'unleak-journal-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('ignores a line a crash cut short and starts the next one on a fresh line', async () => {
    const path = join(dir, 'journal');
    const journal = new Journal(path, 'plan-a');
    await journal.append({ step: 'apply-start', items: 2 });
    writeFileSync(path, `${readFileSync(path, 'utf8')}{"time":"x","plan":"plan-a","step":"item-sto`);
    await journal.append({ step: 'item-stored', item: 'item-1', store: 'vault', name: 'a/b', outcome: 'created', version: '1' });
    expect(journal.read().map((l) => l.step)).toEqual(['apply-start', 'item-stored']);
    expect(readFileSync(path, 'utf8').endsWith('"version":"1"}\n')).toBe(true);
  });

  it('keeps plans apart and forgets an attempt once it is rolled back', async () => {
    const path = join(dir, 'journal');
    const a = new Journal(path, 'plan-a');
    const b = new Journal(path, 'plan-b');
    await a.append({ step: 'item-stored', item: 'item-1', store: 'vault', name: 'x', outcome: 'created' });
    await b.append({ step: 'apply-start', items: 1 });
    await a.append({ step: 'rollback-done' });
    await a.append({ step: 'apply-start', items: 1 });
    expect(a.read()).toHaveLength(3);
    expect(a.readCurrent().map((l) => l.step)).toEqual(['apply-start']);
    expect(b.readCurrent().map((l) => l.step)).toEqual(['apply-start']);
  });

  it('lets one run at a time hold the lock, and takes over a lock whose process is gone', () => {
    const path = join(dir, '.unleak/lock');
    const release = acquireLock(path, 'apply');
    expect(readFileSync(path, 'utf8').trim()).toBe(String(process.pid));
    release();
    writeFileSync(path, '1\n'); // pid 1 is always alive
    expect(() => acquireLock(path, 'apply')).toThrow(UsageError);
    expect(() => acquireLock(path, 'apply')).toThrow(/another unleak apply \(pid 1\) is running in this repository/);
    writeFileSync(path, '2147483646\n'); // no such process: a crashed run
    const again = acquireLock(path, 'rollback');
    again();
  });
});
