/**
 * Shannon entropy of `s` in bits per character: 0 for `aaaa`, 4 for 16 equally used hex digits, ~5.95 for
 * a uniform base64 string. Used as a per-rule floor that separates random tokens from words and
 * placeholders.
 */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const total = Array.from(s).length;
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / total;
    bits -= p * Math.log2(p);
  }
  return bits;
}
