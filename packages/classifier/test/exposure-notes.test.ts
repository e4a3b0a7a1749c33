import { describe, expect, it } from 'vitest';
import { classifyAll } from '../src/classify.js';
import { explainFinding } from '../src/explain.js';
import { exposureOf } from '../src/rotation.js';
import { det } from './helpers.js';

const commit = 'abc1234def5678abc1234def5678abc1234def56';

describe('exposureOf', () => {
  it('says when the value was committed and whether it is still in HEAD', () => {
    expect(exposureOf({ commit, committedAt: '2024-03-02T10:00:00+01:00', inHead: false })).toEqual({
      commit,
      since: '2024-03-02T10:00:00+01:00',
      inHead: false,
      mustRotate: true,
      note: 'committed 2024-03-02 (abc1234), removed from HEAD but still in history: rotate',
    });
    expect(exposureOf({ commit, committedAt: '2024-03-02T10:00:00Z', inHead: true })?.note).toBe(
      'committed 2024-03-02 (abc1234), still in HEAD: migrate it, then rotate (history keeps the old value)',
    );
    expect(exposureOf({ commit })?.note).toBe('committed in abc1234, in git history: rotate it even after migration');
    expect(exposureOf({})).toBeUndefined();
  });
});

describe('exposure of classified history findings', () => {
  const shape = { rule: 'generic-password', kind: 'password' as const, file: 'app.env', fileKind: 'dotenv' as const, key: 'DB_PASSWORD' };

  it('takes inHead and the date from the finding and shows them in config explain, never the value', () => {
    const d = { ...det({ ...shape, commit }), committedAt: '2023-11-05T08:00:00Z', inHead: false };
    const { findings, items } = classifyAll([d], {});
    const finding = findings[0];
    expect(finding?.exposure).toMatchObject({ commit, since: '2023-11-05T08:00:00Z', inHead: false });
    const text = explainFinding(finding!, items[0], d.redacted);
    expect(text).toContain('  exposure     committed 2023-11-05 (abc1234), removed from HEAD but still in history: rotate\n');
    expect(text).not.toContain(d.secret.reveal());
  });

  it('dates an item from its earliest member; still in HEAD when any member is, removed when all are', () => {
    const older = 'f'.repeat(40);
    const value = 'same-value-in-two-files-1';
    const a = { ...det({ ...shape, value, commit }), committedAt: '2024-05-01T00:00:00Z', inHead: false };
    const b = { ...det({ ...shape, value, file: 'other.env', commit: older }), committedAt: '2022-01-01T00:00:00Z', inHead: true };
    const mixed = classifyAll([a, b], {});
    expect(mixed.items).toHaveLength(1);
    expect(mixed.items[0]?.exposure).toMatchObject({ commit: older, since: '2022-01-01T00:00:00Z', inHead: true });
    const gone = classifyAll([a, { ...b, inHead: false }], {});
    expect(gone.items[0]?.exposure).toMatchObject({ commit: older, inHead: false });
    expect(gone.items[0]?.exposure?.note).toContain('removed from HEAD');
  });
});
