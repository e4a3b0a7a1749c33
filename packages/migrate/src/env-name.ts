/** Keys too vague to name an environment variable on their own (`password` says nothing about which one). */
const VAGUE = new Set(['password', 'pass', 'passwd', 'pwd', 'secret', 'token', 'key', 'value', 'data', 'apikey', 'api_key', 'username', 'user', 'host', 'port', 'run', 'auth']);

/**
 * The AWS SDK's credential fields (`accessKeyId`, `secretAccessKey`, `sessionToken`): their variables are the
 * SDK's own `AWS_…` names, which the default credential chain also reads.
 */
const AWS_SDK_FIELDS = new Set(['ACCESS_KEY_ID', 'SECRET_ACCESS_KEY', 'SESSION_TOKEN']);

/** `spring.datasource.password` → `SPRING_DATASOURCE_PASSWORD`, `datadogApiKey` → `DATADOG_API_KEY`. */
export function upperSnake(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}

/**
 * The key a member's variable is named after. In Spring Boot YAML the key is the whole property path
 * (`spring.datasource.password`): Spring's relaxed binding then reads `SPRING_DATASOURCE_PASSWORD` from the
 * environment by itself, and the `${…}` placeholder names the variable it already knows.
 */
export function namingKey(key: string | undefined, scope: readonly string[] | undefined, springYaml: boolean): string | undefined {
  if (!springYaml || key === undefined || !scope?.length) return key;
  return [...scope, key].join('.');
}

/**
 * The environment variable a rewritten file reads for one member: the assignment key when it names the value,
 * else the item's name (last path segment) plus the member's JSON key.
 */
export function envNameFor(input: { key?: string; itemName: string; jsonKey?: string; kind: string }): string {
  const key = input.key?.trim();
  const keyName = key && !VAGUE.has(key.toLowerCase()) && !/\s/.test(key) ? upperSnake(key) : '';
  if (keyName.length >= 3) return identifier(AWS_SDK_FIELDS.has(keyName) ? `AWS_${keyName}` : keyName);
  const base = upperSnake(input.itemName.split('/').filter(Boolean).pop() ?? '') || upperSnake(input.kind);
  const suffix = input.jsonKey ? upperSnake(input.jsonKey) : key ? upperSnake(key) : '';
  return identifier(suffix && !base.endsWith(suffix) ? `${base}_${suffix}` : base);
}

function identifier(name: string): string {
  const cleaned = name === '' ? 'SECRET' : name;
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
}

/**
 * Files whose key is the environment variable itself (`.env`, compose `environment:`, CI `env:`): their name is
 * what the running code already reads, so it outweighs a name derived from a code identifier or a CFN property.
 */
const ENV_DEFINING_FILE_KINDS = new Set(['dotenv', 'docker-compose', 'kubernetes', 'github-actions', 'gitlab-ci', 'dockerfile', 'shell', 'jenkinsfile']);

/**
 * One variable name per owner (a JSON key of the item, or '' for a plain value), chosen among the names its
 * occurrences suggest: env-defining files count twice, ties go to the first occurrence.
 */
export function preferredEnvNames(candidates: ReadonlyArray<{ owner: string; wanted: string; fileKind: string }>): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const c of candidates) {
    const tally = votes.get(c.owner) ?? new Map<string, number>();
    tally.set(c.wanted, (tally.get(c.wanted) ?? 0) + (ENV_DEFINING_FILE_KINDS.has(c.fileKind) ? 2 : 1));
    votes.set(c.owner, tally);
  }
  const out = new Map<string, string>();
  for (const [owner, tally] of votes) {
    let best: [string, number] | undefined;
    for (const entry of tally) if (!best || entry[1] > best[1]) best = entry;
    if (best) out.set(owner, best[0]);
  }
  return out;
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
