import type { Edit } from '../types.js';
import { codeLiteralRewriter, replaceKeywordOnLine } from './code-literal.js';

function ensureUsingSystem(text: string): Edit | undefined {
  if (/^\s*(?:global\s+)?using\s+System\s*;/m.test(text)) return undefined;
  return { start: 0, end: 0, text: /^\s*using\s/.test(text) ? 'using System;\n' : 'using System;\n\n' };
}

export const csharp = codeLiteralRewriter({
  reference: (t) => `Environment.GetEnvironmentVariable("${t.envName}")`,
  quotes: ['"'],
  prefix: /(?:\$@|@\$|\$|@)$/,
  ensureImport: ensureUsingSystem,
  // A const cannot hold a method call; a static readonly field reads the same at every use site.
  adjustDeclaration: (text, at) => replaceKeywordOnLine(text, at, /\bconst\s+/, 'static readonly '),
});
