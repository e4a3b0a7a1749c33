import { parseObject } from './scrub.js';

/**
 * How a value sits in a KV v2 secret: a JSON object (grouped credentials) becomes the secret's keys;
 * anything else is stored under the key `value`, the convention of `vault kv put path value=…`.
 */
export function encodeVaultData(value: string): Record<string, unknown> {
  return parseObject(value) ?? { value };
}

export function decodeVaultData(data: Record<string, unknown>): string {
  const keys = Object.keys(data);
  if (keys.length === 1 && keys[0] === 'value' && typeof data.value === 'string') return data.value;
  return JSON.stringify(data);
}
