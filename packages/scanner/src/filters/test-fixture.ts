import { SENSITIVITIES } from '@unleak/core';
import type { Pending } from './pending.js';

/**
 * Step 6: values in test and fixture files are still reported (a real key pasted into a test is still a
 * leak) but one level lower, so triage starts with production code.
 */
export function lowerTestSensitivity(p: Pending): Pending {
  if (!p.context.isTest) return p;
  const i = SENSITIVITIES.indexOf(p.sensitivity);
  const lowered = SENSITIVITIES[Math.min(i + 1, SENSITIVITIES.length - 1)] ?? p.sensitivity;
  return { ...p, sensitivity: lowered };
}
