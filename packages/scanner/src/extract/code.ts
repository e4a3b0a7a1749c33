import type { Assignment, Extractor, Fragment } from '../types.js';

/** A string literal in any of the quoting styles the languages share; the value is always the last group. */
const STRING = String.raw`(?:"((?:[^"\\\n]|\\.){0,4096})"|'((?:[^'\\\n]|\\.){0,4096})'|` + '`([^`\\\\\\n$]{0,4096})`)';
const NAME = String.raw`[A-Za-z_$][\w$]{0,100}`;

/**
 * Language assignments, each pattern linear (bounded, non-nested repetition, lookbehind instead of
 * restarts inside words). Group 1 is the key; the last non-empty group is the value, and the closing quote
 * is the last character of the match.
 */
interface CodePattern {
  id: string;
  pattern: RegExp;
  /** Maps the raw key name, e.g. `Password` of `setPassword` to `password`. */
  key?: (raw: string) => string;
  /** The key path (scope then key) from the match groups, when it is not the dotted first group. */
  path?: (groups: (string | undefined)[]) => string[];
  /**
   * What any match contains, checked once per text: a pattern that starts at a name is tried at every word,
   * and most texts have no match at all.
   */
  needs?: RegExp;
  /**
   * Every match lies on one line that holds this (global) pattern: only such lines are searched. Most lines
   * of code assign no string literal, and the search of a line starts at every name on it.
   */
  lineHint?: RegExp;
}

const PATTERNS: CodePattern[] = [
  {
    // `const x = '…'`, `x: "…"`, `password="…"` (kwargs), `this.secret = "…"`, `x := "…"`, `:token => '…'`,
    // `password: str = "…"`, `var token string = "…"`, `val key = "…"`. A type annotation is always followed
    // by `=`, so `{ token: tokenFromEnv, headerName: 'Authorization' }` does not read as one assignment.
    id: 'assignment',
    pattern: new RegExp(
      String.raw`(?<![\w$.])((?:${NAME}\.){0,8}${NAME})(?:[ \t]+(?:string|\[\]byte))?(?:[ \t]*:[ \t]*[A-Za-z_][\w<>\[\]|?., ]{0,60}?[ \t]*=|[ \t]*(?::=|=>|=|:))[ \t]*(?:[rbuRBU]{1,2}(?=["']))?` + STRING,
      'g',
    ),
    // No part of the pattern matches a line feed, and every operator ends in `:`, `=` or `>` before the quote.
    lineHint: /[:=>][ \t]*(?:[rbuRBU]{1,2})?["'`]/g,
  },
  {
    // `DATABASES["default"]["PASSWORD"] = "…"`, `$config['db']['password'] = '…'`, `os.environ["X"] = "…"`,
    // `ENV['X'] = '…'`: the key is the last subscript, the receiver and the earlier subscripts its scope.
    id: 'subscript',
    pattern: new RegExp(
      String.raw`(?<![\w$.])((?:${NAME}\.){0,8}${NAME})((?:\[[ \t]*["'][^"'\]\n]{1,100}["'][ \t]*\]){1,8})[ \t]*=(?![=>~])[ \t]*(?:[rbuRBU]{1,2}(?=["']))?` + STRING,
      'g',
    ),
    path: (groups) => [...receiverPath(groups[0]!), ...subscriptKeys(groups[1]!)],
    needs: /\[[ \t]*["']/,
  },
  {
    // `"password" => "…"` (PHP), `{"password": "…"}` (Python/JS).
    id: 'quoted-key',
    pattern: new RegExp(String.raw`(["'])([A-Za-z_][\w.-]{0,100})\1[ \t]*(?:=>|:)[ \t]*` + STRING, 'g'),
  },
  {
    // `put("password", "…")`, `define('DB_PASSWORD', '…')`, `{ "Password", "…" }`, `('password', '…')`: a pair
    // only when the key opens the call, tuple or initializer. In a longer list (`__all__`, argv, keyword
    // tables, `"SecretKeyFactory", "PBEWithMD5AndDES"` after other arguments) neighbours are not key and value.
    // The opener is matched, not looked behind for: the search then jumps from bracket to bracket instead
    // of testing a lookbehind at every character (the same matches, since a match ends at a quote).
    id: 'quoted-key',
    pattern: new RegExp(String.raw`[(\[{][ \t]{0,20}(["'])([A-Za-z_][\w.-]{0,100})\1[ \t]*,[ \t]*` + STRING, 'g'),
  },
  {
    // `setPassword("…")`
    id: 'setter',
    pattern: new RegExp(String.raw`(?<![\w$])set([A-Z]\w{0,100})\([ \t]*` + STRING, 'g'),
    key: (raw) => raw[0]!.toLowerCase() + raw.slice(1),
  },
  {
    // `process.env.DB_PASSWORD ?? '…'`, `process.env['X'] || "…"`
    id: 'env-fallback',
    pattern: new RegExp(String.raw`process\.env(?:\.(\w{1,100})|\[["'](\w{1,100})["']\])[ \t]*(?:\?\?|\|\|)[ \t]*` + STRING, 'g'),
  },
  {
    // `os.getenv("X", "…")`, `os.environ.get("X", "…")`, `ENV.fetch('X', '…')`, `System.getenv().getOrDefault("X", "…")`
    id: 'env-default',
    pattern: new RegExp(String.raw`(?:getenv|environ\.get|ENV\.fetch|getOrDefault|GetEnvironmentVariable)\([ \t]*["'](\w{1,100})["'][ \t]*,[ \t]*` + STRING, 'g'),
  },
];

/** Prefixes that name the object, not the setting: `this.password` is `password`. */
const RECEIVER = /^(?:this|self|@|\$|cls|me|it|config|settings|options|opts|env)$/;

/**
 * TS/JS, Python, Go, Java, Kotlin, C#, Ruby, PHP and Groovy (Jenkinsfile) assignments of string literals.
 * Blank lines separate groups, so a block of related settings travels together.
 */
export const codeExtractor: Extractor = {
  id: 'code',
  fileKinds: ['typescript', 'javascript', 'python', 'go', 'java', 'kotlin', 'csharp', 'ruby', 'php', 'jenkinsfile'],
  extract(fragment) {
    const out: Assignment[] = [];
    const paragraphs = paragraphStarts(fragment.text);
    const seen = new Set<number>();
    for (const codePattern of PATTERNS) {
      if (codePattern.needs && !codePattern.needs.test(fragment.text)) continue;
      for (const [m, at] of matchesOf(fragment.text, codePattern)) {
        const assignment = toAssignment(fragment, m, at, codePattern, paragraphs);
        if (assignment && !seen.has(assignment.start)) {
          seen.add(assignment.start);
          out.push(assignment);
        }
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

/** The pattern's matches in `text`, each with the offset in `text` of the string it was found in. */
function* matchesOf(text: string, { pattern, lineHint }: CodePattern): Generator<[RegExpMatchArray, number]> {
  if (!lineHint) {
    for (const m of text.matchAll(pattern)) yield [m, 0];
    return;
  }
  const hints = new RegExp(lineHint);
  for (let hint = hints.exec(text); hint !== null; hint = hints.exec(text)) {
    const from = text.lastIndexOf('\n', hint.index) + 1;
    const newline = text.indexOf('\n', hint.index);
    const to = newline === -1 ? text.length : newline;
    for (const m of text.slice(from, to).matchAll(pattern)) yield [m, from];
    hints.lastIndex = to;
  }
}

function toAssignment(fragment: Fragment, m: RegExpMatchArray, at: number, { id, key: mapKey, path: pathOf }: CodePattern, paragraphs: number[]): Assignment | undefined {
  const groups = m.slice(1);
  const value = [...groups].reverse().find((g) => g !== undefined);
  const rawKey = id === 'quoted-key' ? groups[1] : groups.find((g) => g !== undefined);
  if (value === undefined || value.length === 0 || rawKey === undefined) return undefined;
  const end = at + m.index! + m[0].length - 1;
  const start = end - value.length;
  const path = pathOf ? pathOf(groups) : receiverPath(rawKey);
  const name = path[path.length - 1]!;
  const scope = path.slice(0, -1).filter((p) => !RECEIVER.test(p));
  const assignment: Assignment = {
    key: mapKey ? mapKey(name) : name,
    scope,
    value,
    start,
    end,
    groupId: `${fragment.file}#p${paragraphOf(paragraphs, start)}`,
  };
  if (value.includes('\\')) assignment.decoded = unescape(value);
  return assignment;
}

/**
 * The string a literal spells: `\u00FC` is `ü`, so a translated message (`"Schl\u00FCsselkennwort"`) is
 * judged as the text it is, not as `u00FC`-studded noise. Other escapes keep the character they protect.
 */
function unescape(literal: string): string {
  return literal.replace(/\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(.))/g, (_, braced?: string, u4?: string, x2?: string, other?: string) => {
    const hex = braced ?? u4 ?? x2;
    if (hex !== undefined) return String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff));
    return other!;
  });
}

function receiverPath(raw: string): string[] {
  return raw.replace(/^[$@:]+/, '').split('.');
}

/** `["default"]['PASSWORD']` → `default`, `PASSWORD`. */
function subscriptKeys(raw: string): string[] {
  return [...raw.matchAll(/\[[ \t]*["']([^"'\]\n]{1,100})["']/g)].map((m) => m[1]!);
}

function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\n[ \t]*\r?\n/g)) starts.push(m.index + m[0].length);
  return starts;
}

function paragraphOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo]!;
}
