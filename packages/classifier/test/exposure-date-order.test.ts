import { describe, expect, it } from 'vitest';
import { historyExposure } from '../src/rotation.js';
import { det } from './helpers.js';

/** Author dates carry the author's UTC offset: the earliest commit is found by instant, not by the text. */
describe('historyExposure: the earliest commit across time zones', () => {
  it('10:00+01:00 (09:00 UTC) is earlier than 09:30Z', () => {
    const shape = { rule: 'generic-password', kind: 'password' as const, file: 'app.env', fileKind: 'dotenv' as const, key: 'DB_PASSWORD', value: 'same-value-two-zones-1' };
    const berlin = { ...det({ ...shape, commit: 'b'.repeat(40) }), committedAt: '2024-03-02T10:00:00+01:00', inHead: false };
    const london = { ...det({ ...shape, file: 'other.env', commit: 'a'.repeat(40) }), committedAt: '2024-03-02T09:30:00+00:00', inHead: false };
    expect(historyExposure([london, berlin])?.commit).toBe('b'.repeat(40));
    expect(historyExposure([berlin, london])?.commit).toBe('b'.repeat(40));
  });
});
