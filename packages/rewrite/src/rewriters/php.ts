import { codeLiteralRewriter } from './code-literal.js';

export const php = codeLiteralRewriter({
  reference: (t) => `getenv('${t.envName}')`,
  quotes: ['"', "'"],
});
