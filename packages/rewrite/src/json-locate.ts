export interface LocatedJsonString {
  /** Keys and array indexes from the root to the string. */
  path: (string | number)[];
  /** Offsets of the string token, quotes included. */
  start: number;
  end: number;
  /** Start of the member's key string when the value is an object member. */
  keyStart?: number;
}

/**
 * The JSON string value whose token contains `offset`, found by one linear tokenising pass that tracks the
 * key path. Undefined when the offset is not inside a string value (or the text is not JSON).
 */
export function jsonStringAt(text: string, offset: number): LocatedJsonString | undefined {
  const stack: { kind: 'object' | 'array'; key?: string; keyStart?: number; index: number; expectKey: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '{' || c === '[') {
      stack.push({ kind: c === '{' ? 'object' : 'array', index: 0, expectKey: c === '{' });
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      i++;
    } else if (c === ',') {
      const top = stack.at(-1);
      if (top) {
        top.index++;
        top.expectKey = top.kind === 'object';
      }
      i++;
    } else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const end = j + 1;
      const top = stack.at(-1);
      if (top?.kind === 'object' && top.expectKey) {
        top.key = JSON.parse(text.slice(i, end)) as string;
        top.keyStart = i;
        top.expectKey = false;
      } else if (i <= offset && offset < end) {
        const path = stack.map((s) => (s.kind === 'object' ? (s.key ?? '') : s.index));
        return top?.kind === 'object' ? { path, start: i, end, keyStart: top.keyStart } : { path, start: i, end };
      }
      i = end;
    } else i++;
  }
  return undefined;
}

/** The range that removes an object member (key through value) together with one adjacent comma. */
export function jsonMemberRemoval(text: string, keyStart: number, valueEnd: number): { start: number; end: number } {
  let before = keyStart - 1;
  while (before >= 0 && /\s/.test(text[before]!)) before--;
  if (text[before] === ',') return { start: before, end: valueEnd };
  let after = valueEnd;
  while (after < text.length && /\s/.test(text[after]!)) after++;
  if (text[after] !== ',') return { start: keyStart, end: valueEnd };
  after++;
  while (after < text.length && /\s/.test(text[after]!)) after++;
  return { start: keyStart, end: after };
}
