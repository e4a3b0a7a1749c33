import type { Rule } from './rule.js';

const ALPHABET = 128;

/**
 * One multi-keyword pass per fragment: an Aho–Corasick automaton over every rule's lower-case keywords,
 * compiled to a dense ASCII transition table. The scan folds A–Z to a–z as it reads, so the text is never
 * copied to lower case; it is linear in the text with a single table lookup per character, and every
 * keyword occurrence is seen, overlapping ones included. Keywords with non-ASCII characters (none today)
 * fall back to a substring test on the lower-cased text.
 */
export class KeywordIndex {
  private readonly delta: Int32Array;
  /** Keyword ids ending at each state (its own and those reached through failure links). */
  private readonly outputs: number[][];
  private readonly keywords: string[];
  private readonly rulesByKeyword: Rule[][];
  private readonly nonAscii: number[];
  private readonly terminal: Uint8Array;

  constructor(rules: readonly Rule[]) {
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
    this.keywords = [...byKeyword.keys()];
    this.rulesByKeyword = this.keywords.map((k) => byKeyword.get(k) ?? []);
    this.nonAscii = [];
    const ascii: number[] = [];
    this.keywords.forEach((k, id) => (/^[\x01-\x7f]+$/.test(k) ? ascii : this.nonAscii).push(id));
    ({ delta: this.delta, outputs: this.outputs } = compile(this.keywords, ascii));
    this.terminal = Uint8Array.from(this.outputs, (o) => (o.length > 0 ? 1 : 0));
  }

  /** Rules whose keywords occur in `text` (ASCII case-insensitively), in `order`. */
  rulesFor(text: string, order: readonly Rule[]): Rule[] {
    const hit = new Set<Rule>();
    const { delta, outputs } = this;
    // 1 = a keyword ends here and has not been reported in this text yet.
    const pending = this.terminal.slice();
    let state = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c |= 32;
      else if (c >= ALPHABET) c = 0;
      state = delta[state * ALPHABET + c] as number;
      if (pending[state] === 1) {
        pending[state] = 0;
        for (const id of outputs[state] ?? []) for (const rule of this.rulesByKeyword[id] ?? []) hit.add(rule);
      }
    }
    if (this.nonAscii.length) {
      const lower = text.toLowerCase();
      for (const id of this.nonAscii) if (lower.includes(this.keywords[id] ?? '')) for (const rule of this.rulesByKeyword[id] ?? []) hit.add(rule);
    }
    return hit.size ? order.filter((r) => hit.has(r)) : [];
  }
}

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
    for (let c = 0; c < ALPHABET; c++) {
      const next = children[state]?.get(c);
      if (next !== undefined) {
        fail[next] = delta[f * ALPHABET + c] ?? 0;
        delta[state * ALPHABET + c] = next;
        queue.push(next);
      } else delta[state * ALPHABET + c] = delta[f * ALPHABET + c] ?? 0;
    }
  }
  return { delta, outputs };
}
