import { redact, type SecretValue } from '@unleak/core';

/**
 * Replaces any occurrence of the value in a message from a store (some services echo input in
 * validation errors) with its redacted form, so it cannot reach an exception, a log or the terminal.
 */
export function scrub(message: string, value: SecretValue | undefined): string {
  if (value === undefined) return message;
  const raw = value.reveal();
  if (raw.length < 4) return message;
  return message.split(raw).join(redact(raw));
}

/** The same secret, also when both are JSON objects that differ only in spacing or key order. */
export function sameSecret(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = parseObject(a);
  const pb = parseObject(b);
  return pa !== undefined && pb !== undefined && canonicalJson(pa) === canonicalJson(pb);
}

export function parseObject(text: string): Record<string, unknown> | undefined {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
