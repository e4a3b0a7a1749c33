import { createHash } from 'node:crypto';

/**
 * Deterministic fake credentials for rule samples, tests and the demo repo. The repository stores the
 * recipe (`fake.alnum(36, 'gh')`), never a well-formed token, so it cannot trip push protection;
 * the value appears only at test or demo time.
 */
export const ALPHABETS = {
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  upperAlnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  lowerAlnum: 'abcdefghijklmnopqrstuvwxyz0123456789',
  hex: '0123456789abcdef',
  base64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  base64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  digits: '0123456789',
} as const;

/** `length` characters of `alphabet`, the same for the same seed on every machine. */
export function fakeChars(alphabet: string, length: number, seed = 'unleak'): string {
  let out = '';
  let block = 0;
  while (out.length < length) {
    const bytes = createHash('sha256').update(`${seed}:${block++}`).digest();
    for (const b of bytes) {
      if (out.length === length) break;
      out += alphabet[b % alphabet.length];
    }
  }
  return out;
}

export const fake = {
  alnum: (n: number, seed?: string) => fakeChars(ALPHABETS.alnum, n, seed),
  upper: (n: number, seed?: string) => fakeChars(ALPHABETS.upperAlnum, n, seed),
  lower: (n: number, seed?: string) => fakeChars(ALPHABETS.lowerAlnum, n, seed),
  hex: (n: number, seed?: string) => fakeChars(ALPHABETS.hex, n, seed),
  base64: (n: number, seed?: string) => fakeChars(ALPHABETS.base64, n, seed),
  base64url: (n: number, seed?: string) => fakeChars(ALPHABETS.base64url, n, seed),
  digits: (n: number, seed?: string) => fakeChars(ALPHABETS.digits, n, seed),
  /** A password-like string with mixed classes, as people type them. */
  password: (n: number, seed?: string) => fakeChars(`${ALPHABETS.alnum}!#%^*-_`, n, seed),
};
