import { codeLiteralRewriter, replaceKeywordOnLine } from './code-literal.js';

/** `System.getenv` is `String?` to Kotlin's checker; `?: error(…)` keeps a non-null `String` and names the variable. */
export const kotlin = codeLiteralRewriter({
  reference: (t) => `(System.getenv("${t.envName}") ?: error("Missing environment variable ${t.envName}"))`,
  quotes: ['"""', '"'],
  adjustDeclaration: (text, at) => replaceKeywordOnLine(text, at, /\bconst\s+(?=val\b)/, ''),
});
