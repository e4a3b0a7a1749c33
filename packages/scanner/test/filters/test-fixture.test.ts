import { describe, expect, it } from 'vitest';
import { lowerTestSensitivity } from '../../src/filters/test-fixture.js';
import { pending } from '../helpers.js';

describe('test fixture step', () => {
  it('lowers sensitivity one level in tests, never below low', () => {
    expect(lowerTestSensitivity(pending({ sensitivity: 'critical', context: { fileKind: 'text', isTest: true } })).sensitivity).toBe('high');
    expect(lowerTestSensitivity(pending({ sensitivity: 'low', context: { fileKind: 'text', isTest: true } })).sensitivity).toBe('low');
  });
  it('leaves production files alone', () => {
    expect(lowerTestSensitivity(pending({ sensitivity: 'critical' })).sensitivity).toBe('critical');
  });
});
