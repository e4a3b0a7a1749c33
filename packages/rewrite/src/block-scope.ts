/**
 * The header of the innermost `{ … }` block holding `offset` (the text of the line that opens it, trimmed),
 * for brace languages (HCL, Groovy). Braces inside double-quoted strings and `#`/`//` comments are skipped.
 */
export function enclosingBlockHeaders(text: string, offset: number): string[] {
  const opens: number[] = [];
  let i = 0;
  while (i < offset) {
    const c = text[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      i = j + 1;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
    } else {
      if (c === '{') opens.push(i);
      else if (c === '}') opens.pop();
      i++;
    }
  }
  return opens.map((at) => text.slice(text.lastIndexOf('\n', at) + 1, at).trim());
}

/** Braces and double quotes balance (a cheap parse check for HCL and Groovy). */
export function braceBalanceError(text: string): string | undefined {
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      let interpolation = 0;
      while (j < text.length && (text[j] !== '"' || interpolation > 0)) {
        if (text[j] === '\\') j++;
        else if (text[j] === '$' && text[j + 1] === '{') {
          interpolation++;
          j++;
        } else if (text[j] === '}' && interpolation > 0) interpolation--;
        else if (text[j] === '\n' && interpolation === 0) return `unterminated string at offset ${i}`;
        j++;
      }
      if (j >= text.length) return `unterminated string at offset ${i}`;
      i = j + 1;
      continue;
    }
    if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return `unbalanced '}' at offset ${i}`;
    i++;
  }
  return depth === 0 ? undefined : `${depth} unclosed '{'`;
}
