/** Whole-value placeholders, compared lower-case with `-`/space as `_`. */
const PLACEHOLDER_WORDS = new Set([
  'changeme', 'change_me', 'change_it', 'changeit', 'placeholder', 'example', 'dummy', 'redacted', 'todo', 'tbd',
  'fixme', 'none', 'null', 'nil', 'undefined', 'empty', 'secret_here', 'password_here', 'your_api_key_here',
  'your_token_here', 'your_password', 'your_secret', 'your_api_key', 'insert_key_here', 'replace_me', 'replaceme',
  'not_set', 'notset', 'unset', 'default', 'sample', 'fake', 'test_token', 'xxx', 'n_a', 'na',
]);

/** Fragments that mark a value as illustrative wherever they occur. */
const PLACEHOLDER_MARKERS = /example|placeholder|changeme|change_me|dummy|redacted|your[_-]?(?:api|secret|token|key|pass|access|client|own)|replace[_-]?me|insert[_-]?(?:your|key|token|here)|goes[_-]?here|x{4,}|\*{3,}|\.\.\.|…|_here$/i;
/** `user:password`, `username:token`: the shape of a credential pair spelled out in words. */
const SPELLED_OUT_PAIR = /^(?:user(?:name)?|login|name|email|client(?:_?id)?|id|key):(?:pass(?:word)?|pwd|secret|token|key|client_?secret)$/i;

/** References and templates: the value lives elsewhere. */
const REFERENCE = /\$\{|\{\{|\{%|<%|%\(\w{1,64}\)[sd]|#\{|^\$[A-Za-z_]\w*$|^\$\(|^%[A-Za-z_]\w*%$|process\.env|os\.environ|os\.getenv|System\.getenv|ENV\[|ENV\.fetch|getenv\(|^<[^<>]{1,200}>$|^\[[A-Z_ -]{3,}\]$/i;

/** Vendor documentation values that appear in countless READMEs. */
const DOCUMENTED_EXAMPLES = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  'AKIAI44QH8DHBEXAMPLE',
]);

/** `{secret}`, `{client_id}`, `{API Key}`: a name in braces, as documentation templates write them. */
const BRACED_NAME = /^\{[A-Za-z_][A-Za-z_ .-]{0,60}\}$/;
/** `STRING_VALUE`, `NUMBER_VALUE`, `STRING`: the type names SDK documentation puts where a value goes. */
const TYPE_NAME = /^(?:STRING|NUMBER|INTEGER|INT|LONG|DOUBLE|FLOAT|DECIMAL|BOOLEAN|BOOL|BLOB|BINARY|BYTES|LIST|MAP|SET|STRUCTURE|TIMESTAMP|DATE|DATETIME|ENUM|OBJECT|ARRAY|JSON)(?:_(?:VALUE|LIST|MAP|SET|TYPE|ARRAY))*$/;

const ASCENDING = '01234567890123456789abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz';
const DESCENDING = [...ASCENDING].reverse().join('');

/**
 * True for values that stand for a secret without being one: templates (`${VAR}`, `$VAR`, `{{ … }}`),
 * `<your-token>`, `{secret}`, `user:password`, `changeme`, `xxxx`, `****`, `…`, `your_api_key_here`, env lookups, SDK type names
 * (`STRING_VALUE`), vendor documentation examples, one repeated character, and runs like `1234567890` or `abcdef`. Shared by every rule.
 */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length === 0) return true;
  if (DOCUMENTED_EXAMPLES.has(trimmed)) return true;
  const word = trimmed.toLowerCase().replace(/[-\s]+/g, '_');
  if (PLACEHOLDER_WORDS.has(word)) return true;
  if (PLACEHOLDER_MARKERS.test(trimmed) || REFERENCE.test(trimmed)) return true;
  if (BRACED_NAME.test(trimmed) || TYPE_NAME.test(trimmed) || SPELLED_OUT_PAIR.test(trimmed)) return true;
  if (/^(.)\1*$/s.test(trimmed)) return true;
  return isRun(trimmed.toLowerCase()) || isRepeatedUnit(trimmed);
}

/** `1234567890`, `abcdefgh`, `987654`: six or more consecutive characters, forwards or backwards. */
function isRun(lower: string): boolean {
  return lower.length >= 6 && (ASCENDING.includes(lower) || DESCENDING.includes(lower));
}

/** `abcabc`, `12341234`, `testtesttest`: a short unit repeated (six characters or more, so ports like 8080 stay). */
function isRepeatedUnit(value: string): boolean {
  if (value.length < 6) return false;
  for (let unit = 1; unit <= 8 && unit * 2 <= value.length; unit++) {
    if (value.length % unit !== 0) continue;
    const head = value.slice(0, unit);
    if (head.repeat(value.length / unit) === value) return true;
  }
  return false;
}
