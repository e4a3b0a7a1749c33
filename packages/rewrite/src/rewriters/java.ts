import { codeLiteralRewriter } from './code-literal.js';

export const java = codeLiteralRewriter({
  reference: (t) => `System.getenv("${t.envName}")`,
  quotes: ['"""', '"'],
});
