import type { FileKind } from '@unleak/core';
import { shannonEntropy } from '../entropy.js';
import { normalizeKey } from './normalize.js';
import { hasProviderPrefix } from './provider-prefixes.js';
import { isPlaceholder } from './placeholder.js';
import type { GenericRule } from './rule.js';

/** Values that are words about credentials or settings, never credentials themselves. */
const NOT_CREDENTIALS = new Set([
  'password', 'passwd', 'pass', 'pwd', 'secret', 'secrets', 'token', 'apikey', 'api_key', 'key', 'value', 'true',
  'false', 'yes', 'no', 'on', 'off', 'enabled', 'disabled', 'required', 'optional', 'string', 'str', 'text', 'bool',
  'boolean', 'int', 'integer', 'number', 'bytes', 'hidden', 'masked', 'secure', 'securestring', 'sensitive', 'auto',
  'random', 'generated', 'env', 'environment', 'bearer', 'basic', 'oauth', 'oauth2', 'jwt', 'hmac', 'sha256', 'md5',
  'plain', 'plaintext', 'encrypted', 'file', 'vault', 'ssm', 'kms', 'aws', 'none', 'test', 'credentials',
]);

const NUMBER = /^[+-]?[\d.,_]+$/;
/** `2016-09-08T21:47:36Z` (`PasswordLastUsed` in API examples): a date or timestamp. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Ids, timestamps and counters stay under this many digits; a longer run of random digits is a secret. */
const RANDOM_DIGITS = /^\d{24,}$/;
const PATH = /^(?:~|\.{1,2})?[/\\][\w.@ /\\-]*$|^[A-Za-z]:\\|^[\w.-]+\.(?:pem|key|crt|cer|p12|pfx|jks|json|txt|ya?ml|env|ini|conf|cfg|properties|xml|gpg|asc|der|keystore|truststore)$/i;
const URL = /^[a-z][a-z0-9+.-]{1,20}:\/\//i;
const URL_WITH_CREDENTIALS = /^[a-z][a-z0-9+.-]{1,20}:\/\/[^/\s:@]{0,200}:[^/\s@]{1,200}@/i;
/**
 * `config.password`, `self.password`, `var.db_password`, `getPassword()`, `Secrets.Db.Password`, and
 * `load_pem_private_key(`: a call cut at the line end.
 */
const IDENTIFIER_REFERENCE = /^[A-Za-z_$][\w$]{0,100}(?:(?:\.|::|->)[A-Za-z_$][\w$]{0,100}){1,10}(?:\(\))?$|^[A-Za-z_$][\w$.]{0,200}\((?:[^()]{0,200}\))?$/;
/** Values that point at a secret store or are already encrypted. */
const STORE_REFERENCE = /^(?:vault:|ref\+|arn:aws[\w-]*:|\{\{resolve:|ssm:|secretsmanager:|awskms:|gcpkms:|azurekeyvault:|sm:\/\/|secret:|op:\/\/|keyvault:|projects\/[^/]{1,100}\/secrets\/|ENC\[|\$ANSIBLE_VAULT|!vault|AQICA)/i;
/** `$request.header.x-api-key`: an API Gateway selection expression, a path into the request. */
const SELECTION_EXPRESSION = /^\$[A-Za-z_][\w-]{0,60}(?:\.[\w-]{1,60}){1,10}$/;
/** `'//{}{}:_authToken'.format(…)`, `"{0}:{1}"`: a format string with positional fields. */
const FORMAT_FIELDS = /\{\d{0,2}\}/;
/** `PaginationToken`, `AWSSecretKey`, `AWSAccessKeyId`: the name of a credential field, not its value. */
const CREDENTIAL_FIELD_NAME = /^[A-Za-z]{2,80}(?:Token|Key|KeyId|Secret|Password|Credentials?)$/;
/** UI text: several words separated by spaces. */
const PROSE = /^[A-Za-z][a-z]*(?: [A-Za-z][a-z]*[.,:!?]?){2,}$/;
/** `my-cluster-token-name`, `db_secret`, `write:pets` (an OAuth scope), `Keystore-Kennwort`: words joined by separators. */
const WORDS = /^[a-z]+(?:[-_.:][a-z]+)+$|^[A-Za-z][a-z]+(?:[-_.][A-Za-z][a-z]+)+$/;
/**
 * Credentials are ASCII; a value with other letters (`予期しないトークンです。`, `Schlüsselkennwort`) is a
 * translated message, as resource bundles and diagnostic tables hold under `*.password` keys.
 */
const NON_ASCII = /[^\x00-\x7f]/;
/** `-EncodedCommand`, `-NonInteractive`: a single-dash switch of words (a password may start with `-` too). */
const SWITCH = /^-[A-Z]?[a-z]+(?:[A-Z][a-z]+)*$/;

/**
 * `/TAYE1O4rmmXY9yArFruAJT/VHm54CB1RiJfbJ6l` (an AWS secret key) has a path's alphabet but not its words:
 * long, base64 only, mixed case and digits, near-uniform characters.
 */
const BASE64_BLOB = /^[A-Za-z0-9+/]{32,}={0,2}$/;
function isRandomBlob(value: string): boolean {
  return BASE64_BLOB.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9]/.test(value) && shannonEntropy(value) >= 4.2;
}

/** `requireEnv`, `secretBinary`: a camelCase identifier. */
const CAMEL_IDENTIFIER = /^[a-z]{2,}(?:[A-Z][a-z]{2,}){1,3}$/;
/**
 * `?InterpolationInJSX` (a lexer's token name), `SunTlsExtendedMasterSecret` (an algorithm name): three or
 * more capitalised words (the last may be an acronym), digits only between them, so a chosen password like
 * `MySecretPass1` still counts.
 */
const PASCAL_IDENTIFIER = /^[?#@]?[A-Z][a-z]+(?:\d{0,3}[A-Z][a-z]+){1,8}(?:[A-Z]{2,5}|(?:\d{0,3}[A-Z][a-z]+))$/;
/** A regular expression or a character class (`[A-Za-z0-9]`, `(?:…)`, `\\d+`), as rule files and validators hold. */
const PATTERN_SOURCE = /^\[[^\]]{1,200}\][*+?{]?|\(\?[:=!<]|\\[dwsbDWS][*+?{]?/;
/** In code a word (`medium`, `dbname`, `_password`, `Authorization`) is an enum value or a name, not a password. */
const CODE_WORD = /^[A-Z]?[a-z_]+$/;
const CODE_KINDS = new Set<FileKind>(['typescript', 'javascript', 'python', 'go', 'java', 'kotlin', 'csharp', 'ruby', 'php', 'jenkinsfile']);
/** `K8S_CRED`, `NEXUS_GPT4_KEY`: a constant or environment variable name (every part starts with a letter). */
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)+$/;
/** In plain text a word (`Authentication`, `required`) or words run together (`SuperSecretToken`) are prose. */
const TEXT_WORD = /^[A-Za-z][a-z]+$|^(?:[A-Z][a-z]{2,}){2,4}$/;
/** Notes and READMEs mix prose with values: a credential there must look more random than in config. */
const TEXT_MIN_ENTROPY = 2.5;
/** `123456789012345678`, `abcdefghijkl`: a typed sequence this long marks a made-up value. */
const MAX_SEQUENCE = 10;

/** Why `value` is not a credential for `rule` in a file of `fileKind`, or undefined when it may be one. */
export function rejectReason(value: string, key: string, rule: GenericRule, fileKind?: FileKind): string | undefined {
  if (isPlaceholder(value)) return 'placeholder';
  const length = rule.values === 'declared' ? value.trim().length : value.length;
  if (length < rule.minLength) return 'too short';
  if (rule.values === 'config') return rule.shape === undefined || rule.shape.test(value) ? undefined : `not a plausible ${rule.kind}`;
  if (STORE_REFERENCE.test(value)) return 'secret-store reference';
  if (rule.values === 'declared') return undefined;
  const lower = value.toLowerCase();
  if (NOT_CREDENTIALS.has(lower.replace(/^['"`]|['"`]$/g, '').replace(/[-\s]/g, '_'))) return 'a word, not a credential';
  if (normalizeKey(value) === normalizeKey(key)) return 'the key repeated as its value';
  if (NUMBER.test(value) && !RANDOM_DIGITS.test(value)) return 'a number';
  if (TIMESTAMP.test(value)) return 'a timestamp';
  if (URL.test(value)) return URL_WITH_CREDENTIALS.test(value) ? undefined : 'a URL without credentials';
  if (PATH.test(value) && !isRandomBlob(value)) return 'a path';
  if (IDENTIFIER_REFERENCE.test(value) || SELECTION_EXPRESSION.test(value)) return 'an identifier reference';
  if (FORMAT_FIELDS.test(value)) return 'a format string';
  if (PROSE.test(value)) return 'prose';
  if (/\s/.test(value)) return 'contains whitespace';
  if (NON_ASCII.test(value)) return 'non-ASCII text, a message rather than a credential';
  if (PATTERN_SOURCE.test(value)) return 'a pattern';
  if (value.startsWith('--') || SWITCH.test(value)) return 'a command-line flag';
  if (WORDS.test(value) || CAMEL_IDENTIFIER.test(value) || CONSTANT_NAME.test(value)) return 'an identifier, not a credential';
  if (fileKind && CODE_KINDS.has(fileKind) && CODE_WORD.test(value)) return 'a word in code';
  if (fileKind === 'text' && TEXT_WORD.test(value)) return 'a word in prose';
  if (PASCAL_IDENTIFIER.test(value)) return 'an identifier, not a credential';
  if (CREDENTIAL_FIELD_NAME.test(value) && /[a-z]/.test(value)) return 'the name of a credential field';
  if (rule.idValue?.test(value)) return 'an identifier value for this key';
  if (!rule.scope && hasProviderPrefix(value)) return "a provider's token prefix: that provider's rule decides";
  if (longestSequence(lower) >= MAX_SEQUENCE) return 'a typed sequence, not a random value';
  const floor = fileKind === 'text' ? Math.max(rule.minEntropy, TEXT_MIN_ENTROPY) : rule.minEntropy;
  if (shannonEntropy(value) < floor) return 'entropy below the floor';
  return undefined;
}

/** The longest run of consecutive characters (`3456789`, `fedcba`), forwards or backwards, `9`→`0` wrapping. */
function longestSequence(lower: string): number {
  let longest = 1;
  let up = 1;
  let down = 1;
  for (let i = 1; i < lower.length; i++) {
    const previous = lower.charCodeAt(i - 1);
    const current = lower.charCodeAt(i);
    up = isNext(previous, current) ? up + 1 : 1;
    down = isNext(current, previous) ? down + 1 : 1;
    longest = Math.max(longest, up, down);
  }
  return longest;
}

const ZERO = 48;
const NINE = 57;
const A = 97;
const Z = 122;

function isNext(from: number, to: number): boolean {
  if (from === NINE) return to === ZERO;
  if (from === Z) return to === A;
  return to === from + 1 && ((from >= ZERO && from < NINE) || (from >= A && from < Z));
}
