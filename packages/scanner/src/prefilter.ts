import type { Rule } from './rule.js';

const ALPHABET_BITS = 7;
const ALPHABET = 1 << ALPHABET_BITS;

/** Each UTF-16 code unit as the automaton reads it: ASCII letters folded to lower case, non-ASCII as 0. */
const FOLDED = Uint8Array.from({ length: 0x10000 }, (_, c) => (c >= 65 && c <= 90 ? c | 32 : c < ALPHABET ? c : 0));

/**
 * One multi-keyword pass per fragment: an Aho–Corasick automaton over every rule's lower-case keywords,
 * compiled to a dense ASCII transition table. The scan folds A–Z to a–z as it reads, so the text is never
 * copied to lower case; it is linear in the text with a single table lookup per character, and every
 * keyword occurrence is seen, overlapping ones included. Keywords with non-ASCII characters (none today)
 * fall back to a substring test on the lower-cased text. The same pass notes the lines that hold a
 * credential word (`password`, `token`…), which is where format-aware extraction is worth running.
 */
export class KeywordIndex {
  private readonly delta: Int32Array;
  /** Keyword ids ending at each state (its own and those reached through failure links). */
  private readonly outputs: number[][];
  private readonly keywords: string[];
  private readonly rulesByKeyword: Rule[][];
  private readonly nonAscii: number[];
  /** Per state: RULE_KEYWORD when a rule keyword ends there, CREDENTIAL_WORD when a credential word does. */
  private readonly signals: Uint8Array;
  private readonly ranksByOrder = new WeakMap<readonly Rule[], Map<Rule, number>>();
  private readonly pending: Uint8Array;

  constructor(rules: readonly Rule[], credentialWords: readonly string[] = []) {
    const byKeyword = new Map<string, Rule[]>();
    for (const rule of rules) {
      for (const raw of rule.keywords) {
        const keyword = raw.toLowerCase();
        if (keyword === '') continue;
        const list = byKeyword.get(keyword);
        if (list) list.push(rule);
        else byKeyword.set(keyword, [rule]);
      }
    }
    for (const word of credentialWords) if (!byKeyword.has(word.toLowerCase())) byKeyword.set(word.toLowerCase(), []);
    this.keywords = [...byKeyword.keys()];
    this.rulesByKeyword = this.keywords.map((k) => byKeyword.get(k) ?? []);
    this.nonAscii = [];
    const ascii: number[] = [];
    this.keywords.forEach((k, id) => (/^[\x01-\x7f]+$/.test(k) ? ascii : this.nonAscii).push(id));
    ({ delta: this.delta, outputs: this.outputs } = compile(this.keywords, ascii));
    const credentialIds = new Set(credentialWords.map((w) => this.keywords.indexOf(w.toLowerCase())));
    const signalOf = (ids: number[]) =>
      (ids.some((id) => (this.rulesByKeyword[id]?.length ?? 0) > 0) ? RULE_KEYWORD : 0) | (ids.some((id) => credentialIds.has(id)) ? CREDENTIAL_WORD : 0);
    this.signals = Uint8Array.from(this.outputs, signalOf);
    this.pending = new Uint8Array(this.signals.length);
    // A transition into a state where a keyword ends is stored negated: the scan tests the sign and looks
    // the state's signal up only then.
    for (let i = 0; i < this.delta.length; i++) {
      const next = this.delta[i] as number;
      if ((this.signals[next >> ALPHABET_BITS] ?? 0) !== 0) this.delta[i] = -next;
    }
  }

  /**
   * The hit rules that are in `order`, in its order. A text hits a few rules of hundreds: they are sorted
   * by their place in `order` (worked out once per list) rather than the whole list filtered per text.
   */
  private inOrder(hit: Set<Rule>, order: readonly Rule[]): Rule[] {
    let ranks = this.ranksByOrder.get(order);
    if (ranks === undefined) {
      ranks = new Map(order.map((rule, i) => [rule, i]));
      this.ranksByOrder.set(order, ranks);
    }
    // A list naming a rule twice keeps both places only through a filter.
    if (ranks.size !== order.length) return order.filter((r) => hit.has(r));
    const rules: Rule[] = [];
    for (const rule of hit) if (ranks.has(rule)) rules.push(rule);
    return rules.sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0));
  }

  /** Rules whose keywords occur in `text` (ASCII case-insensitively), in `order`. */
  rulesFor(text: string, order: readonly Rule[]): Rule[] {
    return this.scan(text, order).rules;
  }

  /**
   * One pass over `text`: the rules whose keywords occur (in `order`) and, for each line that holds a
   * credential word, the offset of the first one (ascending).
   */
  scan(text: string, order: readonly Rule[]): KeywordScan {
    const hit = new Set<Rule>();
    const credentialLines: number[] = [];
    const { delta, outputs, signals } = this;
    // Rule keywords are credited once per text: a state's rule bit is cleared after its first hit (in a
    // scratch copy of the signals, reused across texts).
    const pending = this.pending;
    pending.set(signals);
    // A credential word is marked when it is the first on its line since the last mark, or MARK_SPAN past it.
    let lastMark = -1;
    let newlineAfterMark = -1;
    const cursor = { row: 0 };
    for (let i = nextKeywordEnd(delta, text, 0, cursor); i !== -1; i = nextKeywordEnd(delta, text, i + 1, cursor)) {
      const state = cursor.row >> ALPHABET_BITS;
      const signal = pending[state] as number;
      if (signal === 0) continue;
      if ((signal & CREDENTIAL_WORD) !== 0 && (lastMark === -1 || i >= lastMark + MARK_SPAN || (newlineAfterMark !== -1 && newlineAfterMark < i))) {
        credentialLines.push(i);
        lastMark = i;
        newlineAfterMark = text.indexOf('\n', i);
      }
      if ((signal & RULE_KEYWORD) !== 0) {
        pending[state] = signal & ~RULE_KEYWORD;
        for (const id of outputs[state] ?? []) for (const rule of this.rulesByKeyword[id] ?? []) hit.add(rule);
      }
    }
    if (this.nonAscii.length) {
      const lower = text.toLowerCase();
      for (const id of this.nonAscii) if (lower.includes(this.keywords[id] ?? '')) for (const rule of this.rulesByKeyword[id] ?? []) hit.add(rule);
    }
    return { rules: hit.size ? this.inOrder(hit, order) : [], credentialLines };
  }
}

/**
 * The automaton's inner loop, kept apart so it compiles to a tight loop of its own: from `from` with the
 * row in `cursor`, the offset of the next character whose transition enters a state where a keyword ends
 * (its row left in `cursor`), or -1 at the end of the text.
 */
function nextKeywordEnd(delta: Int32Array, text: string, from: number, cursor: { row: number }): number {
  let row = cursor.row;
  for (let i = from, n = text.length; i < n; i++) {
    row = delta[row + (FOLDED[text.charCodeAt(i)] as number)] as number;
    if (row < 0) {
      cursor.row = -row;
      return i;
    }
  }
  cursor.row = row;
  return -1;
}

export interface KeywordScan {
  rules: Rule[];
  /** Offsets of the first credential word on each line that holds one (and every MARK_SPAN on long lines), ascending. */
  credentialLines: number[];
}

/** A long line (minified code) gets a credential mark at most every this many characters. */
export const MARK_SPAN = 4096;
const RULE_KEYWORD = 1;
const CREDENTIAL_WORD = 2;

function compile(keywords: string[], ids: number[]): { delta: Int32Array; outputs: number[][] } {
  const children: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];
  for (const id of ids) {
    const keyword = keywords[id] ?? '';
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const c = keyword.charCodeAt(i);
      let next = children[state]?.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        outputs.push([]);
        children[state]?.set(c, next);
      }
      state = next;
    }
    outputs[state]?.push(id);
  }
  const delta = new Int32Array(children.length * ALPHABET);
  const fail = new Int32Array(children.length);
  const queue: number[] = [];
  for (let c = 0; c < ALPHABET; c++) {
    const next = children[0]?.get(c);
    if (next !== undefined) {
      delta[c] = next;
      queue.push(next);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] ?? 0;
    const f = fail[state] ?? 0;
    const inherited = outputs[f] ?? [];
    if (inherited.length) outputs[state] = [...(outputs[state] ?? []), ...inherited];
    // The failure state's row, then the state's own children over it.
    delta.copyWithin(state * ALPHABET, f * ALPHABET, (f + 1) * ALPHABET);
    for (const [c, next] of children[state] ?? []) {
      fail[next] = delta[f * ALPHABET + c] ?? 0;
      delta[state * ALPHABET + c] = next;
      queue.push(next);
    }
  }
  // Rows are stored premultiplied (state × ALPHABET), saving a multiplication per character.
  for (let i = 0; i < delta.length; i++) delta[i] = (delta[i] as number) * ALPHABET;
  return { delta, outputs };
}
