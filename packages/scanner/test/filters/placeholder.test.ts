import { describe, expect, it } from 'vitest';
import { placeholderReason } from '../../src/filters/placeholder.js';
import { pending } from '../helpers.js';

describe('placeholder step', () => {
  const isPlaceholder = (v: string) => v === 'changeme' || v.startsWith('${');
  it('suppresses placeholder values with a redacted reason', () => {
    const reason = placeholderReason(pending({ value: 'changeme' }), isPlaceholder);
    expect(reason).toContain('placeholder');
    expect(reason).not.toContain('changeme');
  });
  it('keeps real-looking values', () => {
    expect(placeholderReason(pending(), isPlaceholder)).toBeUndefined();
  });
});
