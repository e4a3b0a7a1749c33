import { codeLiteralRewriter } from './code-literal.js';

export const ruby = codeLiteralRewriter({
  reference: (t) => `ENV.fetch("${t.envName}")`,
  quotes: ['"', "'"],
});
