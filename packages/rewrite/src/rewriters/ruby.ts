import { codeLiteralRewriter } from './code-literal.js';

export const ruby = codeLiteralRewriter({
  joinsAdjacentLiterals: true,
  reference: (t) => `ENV.fetch("${t.envName}")`,
  quotes: ['"', "'"],
});
