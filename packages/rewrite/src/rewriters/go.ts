import type { Edit } from '../types.js';
import { lineStart } from '../text.js';
import { codeLiteralRewriter, replaceKeywordOnLine } from './code-literal.js';

/** `"os"` in the import block, a new import line, or an import after `package`, unless already imported. */
function ensureImportOs(text: string): Edit | undefined {
  if (/^\s*(?:import\s+)?(?:\w+\s+)?"os"\s*$/m.test(text)) return undefined;
  const block = /^import\s*\(\s*\n/m.exec(text);
  if (block) {
    // Keep gofmt's sorted order: before the first standard-library path that sorts after "os".
    let at = block.index + block[0].length;
    for (let next = text.indexOf('\n', at); next !== -1; next = text.indexOf('\n', at)) {
      const path = /^\s*(?:\w+\s+)?"([^"]+)"/.exec(text.slice(at, next))?.[1];
      if (path === undefined || path > 'os' || path.includes('.')) break;
      at = next + 1;
    }
    return { start: at, end: at, text: '\t"os"\n' };
  }
  const single = /^import\s+(?:\w+\s+)?"[^"\n]+"[^\n]*\n/m.exec(text);
  if (single) {
    const at = single.index + single[0].length;
    return { start: at, end: at, text: 'import "os"\n' };
  }
  const pkg = /^package\s+\w+[^\n]*\n/m.exec(text);
  const at = pkg ? pkg.index + pkg[0].length : 0;
  return { start: at, end: at, text: '\nimport "os"\n' };
}

/** `os.Getenv` is not a constant: a one-line `const` becomes `var`; a `const ( … )` block is left to a person. */
function constToVar(text: string, literalStart: number): Edit | { manual: string } | undefined {
  const single = replaceKeywordOnLine(text, literalStart, /^\s*const\b/, 'var');
  if (single) return { ...single, start: single.end - 'const'.length };
  const lines = text.slice(0, lineStart(text, literalStart)).split('\n');
  const open = lines.findLastIndex((l) => /^const\s*\(\s*$/.test(l));
  const inBlock = open !== -1 && !lines.slice(open + 1).some((l) => /^\)/.test(l));
  return !inBlock ? undefined : { manual: 'the secret is in a Go const block, which cannot call os.Getenv; move it to a var (manual edit needed)' };
}

export const go = codeLiteralRewriter({
  adjustDeclaration: constToVar,
  reference: (t) => `os.Getenv("${t.envName}")`,
  quotes: ['"', '`'],
  escapes: ['"'],
  ensureImport: ensureImportOs,
});
