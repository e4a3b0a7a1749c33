/** Keys too vague to name an environment variable on their own (`password` says nothing about which one). */
const VAGUE = new Set(['password', 'pass', 'passwd', 'pwd', 'secret', 'token', 'key', 'value', 'data', 'apikey', 'api_key', 'username', 'user', 'host', 'port', 'run', 'auth']);

/** `spring.datasource.password` → `SPRING_DATASOURCE_PASSWORD`, `datadogApiKey` → `DATADOG_API_KEY`. */
export function upperSnake(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}

/**
 * The environment variable a rewritten file reads for one member: the assignment key when it names the value,
 * else the item's name (last path segment) plus the member's JSON key.
 */
export function envNameFor(input: { key?: string; itemName: string; jsonKey?: string; kind: string }): string {
  const key = input.key?.trim();
  const keyName = key && !VAGUE.has(key.toLowerCase()) && !/\s/.test(key) ? upperSnake(key) : '';
  if (keyName.length >= 3) return identifier(keyName);
  const base = upperSnake(input.itemName.split('/').filter(Boolean).pop() ?? '') || upperSnake(input.kind);
  const suffix = input.jsonKey ? upperSnake(input.jsonKey) : key ? upperSnake(key) : '';
  return identifier(suffix && !base.endsWith(suffix) ? `${base}_${suffix}` : base);
}

function identifier(name: string): string {
  const cleaned = name === '' ? 'SECRET' : name;
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** Gives every (item, jsonKey) pair its own variable: the same value in two files shares one. */
export class EnvNames {
  readonly #byOwner = new Map<string, string>();
  readonly #owners = new Map<string, string>();

  claim(itemId: string, jsonKey: string | undefined, wanted: string): string {
    const owner = `${itemId}\0${jsonKey ?? ''}`;
    const have = this.#byOwner.get(owner);
    if (have) return have;
    let name = wanted;
    for (let n = 2; this.#owners.has(name) && this.#owners.get(name) !== owner; n++) name = `${wanted}_${n}`;
    this.#owners.set(name, owner);
    this.#byOwner.set(owner, name);
    return name;
  }
}
