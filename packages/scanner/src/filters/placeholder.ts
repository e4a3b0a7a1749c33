import type { Pending } from './pending.js';

/** Step 1: `${VAR}`, `<your-token>`, `changeme`, vendor documentation examples… are not findings. */
export function placeholderReason(p: Pending, isPlaceholder: (value: string) => boolean): string | undefined {
  return isPlaceholder(p.secret.reveal()) ? `value ${p.secret.redacted} is a placeholder or documented example` : undefined;
}
