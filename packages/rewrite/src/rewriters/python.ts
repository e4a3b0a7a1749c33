import type { Edit } from '../types.js';
import { codeLiteralRewriter } from './code-literal.js';

/**
 * `import os` after the file header (shebang, comments, module docstring, existing imports), unless present.
 * Multi-line imports end the header: the new line goes before them rather than inside.
 */
function ensureImportOs(text: string): Edit | undefined {
  if (/^import\s+(?:[\w.]+\s*,\s*)*os\s*(?:,|#|$)/m.test(text)) return undefined;
  let offset = 0;
  let insertAt = 0;
  let docstringQuote: string | undefined;
  for (const line of text.split('\n')) {
    const next = offset + line.length + 1;
    const trimmed = line.trim();
    if (docstringQuote) {
      if (trimmed.includes(docstringQuote)) [docstringQuote, insertAt] = [undefined, next];
    } else if (/^[rRuU]?("""|\'\'\')/.test(trimmed)) {
      const quote = trimmed.replace(/^[rRuU]/, '').slice(0, 3);
      if (trimmed.indexOf(quote, trimmed.indexOf(quote) + 3) === -1) docstringQuote = quote;
      else insertAt = next;
    } else if (trimmed.startsWith('#') || /^(?:import\s+[\w., ]+|from\s+[\w.]+\s+import\s+[\w., *]+)$/.test(trimmed)) insertAt = next;
    else if (trimmed !== '') break;
    offset = next;
  }
  if (insertAt > text.length) return { start: text.length, end: text.length, text: '\nimport os\n' };
  return { start: insertAt, end: insertAt, text: insertAt === 0 ? 'import os\n\n' : 'import os\n' };
}

/** Depth of `{…}` replacement fields open at the end of an f-string's text (`{{` and `}}` are literal braces). */
function openFields(content: string): number {
  let depth = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (depth === 0 && (c === '{' || c === '}') && content[i + 1] === c) i++;
    else if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
  }
  return depth;
}

const GETENV_BEFORE = /(?:\bos\.environ\.get|\bos\.getenv)\(\s*(["'])[A-Za-z_][A-Za-z0-9_]*\1\s*,\s*$/;
const CALL_END = /^\s*\)/;

/** `os.getenv("X", "secret")` / `os.environ.get("X", "secret")` as a whole: the secret is only its fallback. */
function getenvFallback(text: string, literal: { start: number; end: number }): { start: number; end: number } | undefined {
  const lineStart = text.lastIndexOf('\n', literal.start - 1) + 1;
  const before = GETENV_BEFORE.exec(text.slice(lineStart, literal.start));
  const after = CALL_END.exec(text.slice(literal.end, literal.end + 80));
  if (!before || !after) return undefined;
  return { start: lineStart + before.index, end: literal.end + after[0].length };
}

export const python = codeLiteralRewriter({
  joinsAdjacentLiterals: true,
  // A bytes literal stays bytes.
  reference: (t, prefix) => `os.environ["${t.envName}"]${/b/i.test(prefix) ? '.encode()' : ''}`,
  quotes: ['"""', "'''", '"', "'"],
  ensureImport: ensureImportOs,
  prefix: /(?<![\w])[rRbBfFuU]{1,2}$/,
  // Inside an f-string the secret becomes one more replacement field; the other quote keeps it valid before 3.12.
  insideCode: (prefix, contentBefore) => /f/i.test(prefix) && openFields(contentBefore) > 0,
  fallbackCall: getenvFallback,
  interpolate: (t, prefix, quote) => (/f/i.test(prefix) ? `{os.environ[${quote.includes('"') ? "'" : '"'}${t.envName}${quote.includes('"') ? "'" : '"'}]}` : undefined),
});
