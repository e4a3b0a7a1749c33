import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { toPublicFinding } from '@unleak/core';
import { toDetection } from '../../src/filters/redact.js';
import { demoToken, pending } from '../helpers.js';

describe('redact step', () => {
  it('exposes only the redacted form to JSON, inspect and the public finding', () => {
    const value = demoToken('redact');
    const d = toDetection(pending({ value }));
    expect(d.redacted).toBe(d.secret.redacted);
    expect(d.secret.reveal()).toBe(value);
    for (const shown of [JSON.stringify(d), inspect(d, { depth: 5 }), JSON.stringify(toPublicFinding(d))]) expect(shown).not.toContain(value);
  });
});
