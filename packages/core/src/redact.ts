const ELLIPSIS = '…';

/**
 * The one way a secret is shown to a person: a few characters at each end, never enough to use it.
 * `AKIAIOSFODNN7EXAMPLE` → `AKIA…MPLE`; short values show less, very short ones nothing.
 */
export function redact(value: string): string {
  const chars = Array.from(value);
  const n = chars.length;
  if (n < 8) return '*'.repeat(Math.max(n, 3));
  const keep = n >= 20 ? 4 : n >= 12 ? 2 : 1;
  const head = chars.slice(0, keep).join('');
  const tail = chars.slice(n - keep).join('');
  return oneLine(head) + ELLIPSIS + oneLine(tail);
}

function oneLine(s: string): string {
  return s.replace(/[\r\n\t]/g, ' ');
}
