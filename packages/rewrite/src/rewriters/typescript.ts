import type { Node as TsNode, SourceFile } from 'ts-morph';
import { PlanBuilder } from '../plan.js';
import { envInjectionNote, vaultMount } from '../references.js';
import type { RewriteInput, RewritePlan, Rewriter, RewriteTarget } from '../types.js';
import { LOAD_SECRET_HELPER, envHelperText, helperPathFor, relativeSpecifier, type ModuleStyle } from './typescript-helpers.js';


type TsMorph = typeof import('ts-morph');

/** ts-morph is heavy: loaded on the first TS/JS rewrite only. */
let tsMorph: Promise<TsMorph> | undefined;
function loadTsMorph(): Promise<TsMorph> {
  tsMorph ??= import('ts-morph');
  return tsMorph;
}

interface Helper {
  symbol: 'requireEnv' | 'loadSecret';
  path: string;
  specifier: string;
  text: string;
}

function moduleStyle(input: RewriteInput, sf: SourceFile): ModuleStyle {
  if (input.fileKind === 'typescript') return 'ts';
  if (input.path.endsWith('.cjs')) return 'cjs';
  if (input.path.endsWith('.mjs') || sf.getImportDeclarations().length > 0 || sf.getExportSymbols().length > 0) return 'esm';
  return /\brequire\s*\(|\bmodule\.exports\b/.test(input.text) ? 'cjs' : 'esm';
}

/** The extension this file's own relative imports use (`.js` when it has none to copy). */
function importExtension(sf: SourceFile, style: ModuleStyle): string {
  if (style === 'cjs') return '.cjs';
  const relative = sf.getImportDeclarations().map((d) => d.getModuleSpecifierValue()).filter((s) => s.startsWith('.'));
  if (relative.length === 0) return '.js';
  const withExt = relative.find((s) => /\.[cm]?[jt]s$/.test(s));
  if (!withExt) return '';
  return style === 'ts' && withExt.endsWith('.ts') ? '.ts' : '.js';
}

function helperFor(input: RewriteInput, sf: SourceFile, style: ModuleStyle): Helper {
  const sdk = input.options?.tsStyle === 'sdk';
  const ext = importExtension(sf, style);
  const fileExt = style === 'ts' ? '.ts' : style === 'cjs' ? '.cjs' : '.js';
  const path = helperPathFor(input.path, sdk ? 'unleak-secrets' : 'unleak-env', fileExt);
  return {
    symbol: sdk ? 'loadSecret' : 'requireEnv',
    path,
    specifier: relativeSpecifier(input.path, path, ext),
    text: sdk ? LOAD_SECRET_HELPER : envHelperText(style),
  };
}

function sdkReference(t: RewriteTarget): string | undefined {
  switch (t.store) {
    case 'ssm-string':
    case 'ssm-secure':
      return `await loadSecret({ store: 'ssm', name: ${JSON.stringify(t.name)} })`;
    case 'secrets-manager':
      return `await loadSecret({ store: 'secrets-manager', name: ${JSON.stringify(t.name)}${t.jsonKey ? `, key: ${JSON.stringify(t.jsonKey)}` : ''} })`;
    case 'vault':
      return `await loadSecret({ store: 'vault', mount: ${JSON.stringify(vaultMount(t))}, path: ${JSON.stringify(t.name)}, key: ${JSON.stringify(t.jsonKey ?? 'value')} })`;
    case 'remove':
      return undefined;
  }
}

/** Why `await` cannot stand at this node, or undefined when it can. */
function awaitBlocker(ts: TsMorph, node: TsNode, style: ModuleStyle): string | undefined {
  const { Node } = ts;
  for (let n: TsNode | undefined = node.getParent(); n; n = n.getParent()) {
    if (Node.isParameterDeclaration(n)) return 'a default parameter cannot await';
    if (Node.isPropertyDeclaration(n)) return 'a class property initializer cannot await';
    if (Node.isFunctionLikeDeclaration(n)) {
      return Node.isAsyncable(n) && n.isAsync() ? undefined : 'the enclosing function is not async';
    }
  }
  return style === 'cjs' ? 'top-level await needs an ES module' : undefined;
}

type LiteralSite =
  | { kind: 'string'; node: TsNode }
  | { kind: 'template'; node: TsNode };

function literalAt(ts: TsMorph, sf: SourceFile, t: RewriteTarget): LiteralSite | undefined {
  const { Node } = ts;
  const leaf = sf.getDescendantAtPos(t.span.start);
  // The node at a position includes its leading trivia: a secret in a comment must not hit the next literal.
  if (!leaf || leaf.getStart() > t.span.start || leaf.getEnd() < t.span.end) return undefined;
  if (Node.isStringLiteral(leaf) || Node.isNoSubstitutionTemplateLiteral(leaf)) return { kind: 'string', node: leaf };
  if (Node.isTemplateHead(leaf) || Node.isTemplateMiddle(leaf) || Node.isTemplateTail(leaf)) return { kind: 'template', node: leaf };
  return undefined;
}

/** Contexts where an expression cannot replace a string literal. */
function literalOnlyContext(ts: TsMorph, node: TsNode): string | undefined {
  const { Node } = ts;
  const parent = node.getParent();
  if (!parent) return undefined;
  if (Node.isImportDeclaration(parent) || Node.isExportDeclaration(parent) || Node.isExternalModuleReference(parent)) return 'a module specifier';
  if (Node.isLiteralTypeNode(parent)) return 'a type';
  if (Node.isEnumMember(parent)) return 'an enum member (enum initializers must be constant)';
  if (Node.isPropertyAssignment(parent) && parent.getNameNode() === node) return 'a property name';
  if (Node.isComputedPropertyName(parent)) return 'a computed property name';
  return undefined;
}

/** The outermost `+` chain holding `node`, when every operand is a string literal (a split connection string). */
function literalConcatenation(ts: TsMorph, node: TsNode): TsNode | undefined {
  const { Node, SyntaxKind } = ts;
  let top: TsNode = node;
  for (let p = top.getParent(); p; p = p.getParent()) {
    if (Node.isParenthesizedExpression(p)) continue;
    if (!Node.isBinaryExpression(p) || p.getOperatorToken().getKind() !== SyntaxKind.PlusToken) break;
    top = p;
  }
  if (top === node) return undefined;
  const leaves: TsNode[] = [];
  const collect = (n: TsNode): void => {
    if (Node.isParenthesizedExpression(n)) collect(n.getExpression());
    else if (Node.isBinaryExpression(n) && n.getOperatorToken().getKind() === SyntaxKind.PlusToken) {
      collect(n.getLeft());
      collect(n.getRight());
    } else leaves.push(n);
  };
  collect(top);
  return leaves.every((l) => Node.isStringLiteral(l) || Node.isNoSubstitutionTemplateLiteral(l)) ? top : undefined;
}

function planTs(ts: TsMorph, input: RewriteInput): RewritePlan {
  const { Node, Project } = ts;
  const plan = new PlanBuilder();
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { allowJs: true, jsx: ts.ts.JsxEmit.Preserve } });
  const name = input.path.split('/').pop() ?? 'file.ts';
  const sf = project.createSourceFile(/\.[cm]?[jt]sx?$/.test(name) ? name : `${name}.${input.fileKind === 'typescript' ? 'ts' : 'js'}`, input.text);
  const style = moduleStyle(input, sf);
  const helper = helperFor(input, sf, style);
  const sdk = helper.symbol === 'loadSecret';

  for (const t of input.targets) {
    if (t.store === 'remove') {
      plan.manualFor(t, 'credential marked for removal: delete it and use a role or profile (manual edit needed)');
      continue;
    }
    const site = literalAt(ts, sf, t);
    if (!site) {
      plan.manualFor(t, 'secret is not inside a string or template literal (manual edit needed)');
      continue;
    }
    const literalOnly = literalOnlyContext(ts, site.node);
    if (literalOnly) {
      plan.manualFor(t, `secret sits in ${literalOnly}, where only a literal can stand (manual edit needed)`);
      continue;
    }
    const noAwait = sdk ? awaitBlocker(ts, site.node, style) : undefined;
    if (noAwait) {
      plan.manualFor(t, `${noAwait}, so the sdk style cannot load the secret there; use the env style or make it async (manual edit needed)`);
      continue;
    }
    // The env name is an identifier, so quoting it with the literal's own quote needs no escaping.
    const quote = site.node.getText().startsWith("'") ? "'" : '"';
    const reference = sdk ? sdkReference(t) : `requireEnv(${quote}${t.envName}${quote})`;
    if (!reference) continue;
    if (site.kind === 'template') {
      plan.edit(t.span.start, t.span.end, `\${${reference}}`);
    } else {
      const literal = site.node;
      const whole = literal.getStart() + 1 === t.span.start && literal.getEnd() - 1 === t.span.end;
      const chain = literalConcatenation(ts, literal);
      const replaced = chain ?? literal;
      if (chain || !whole) plan.widen(t, { start: replaced.getStart(), end: replaced.getEnd() });
      const fallback = !sdk && whole && !chain ? envFallbackOf(ts, literal) : undefined;
      const target = fallback ?? replaced;
      const parent = target.getParent();
      const inJsxAttribute = parent !== undefined && Node.isJsxAttribute(parent);
      plan.edit(target.getStart(), target.getEnd(), inJsxAttribute ? `{${reference}}` : reference);
    }
    plan.note(sdk ? `\`${input.path}\` now loads its secret at start-up with \`${helper.path}\`; the runtime role needs read access to it.` : envInjectionNote(t));
  }
  if (plan.edits.length > 0) {
    plan.extra({ path: helper.path, text: helper.text, mode: 'create' });
    const importEdit = importInsertion(ts, sf, helper, style);
    if (importEdit) plan.edits.push(importEdit);
    if (sdk) plan.note('The generated `unleak-secrets` helper imports @aws-sdk/client-ssm / @aws-sdk/client-secrets-manager: add the ones you use to the project dependencies.');
  }
  return plan;
}

/**
 * `process.env.X ?? "secret"` (or `||`): the literal is only a fallback for an env read, so the whole
 * expression becomes the required read instead of `process.env.X ?? requireEnv("X")`.
 */
function envFallbackOf(ts: TsMorph, literal: TsNode): TsNode | undefined {
  const { Node, SyntaxKind } = ts;
  const parent = literal.getParent();
  if (!parent || !Node.isBinaryExpression(parent) || parent.getRight() !== literal) return undefined;
  const operator = parent.getOperatorToken().getKind();
  if (operator !== SyntaxKind.QuestionQuestionToken && operator !== SyntaxKind.BarBarToken) return undefined;
  const left = parent.getLeft();
  const object = Node.isPropertyAccessExpression(left) || Node.isElementAccessExpression(left) ? left.getExpression() : undefined;
  return object && object.getText().replace(/\s+/g, '') === 'process.env' ? parent : undefined;
}

/** The import of the helper, after the last import (or the directive prologue), unless already imported. */
function importInsertion(ts: TsMorph, sf: SourceFile, helper: Helper, style: ModuleStyle): { start: number; end: number; text: string } | undefined {
  const { Node } = ts;
  const text = sf.getFullText();
  if (new RegExp(`\\b${helper.symbol}\\b[^;\\n]*\\b(?:from|require\\s*\\()\\s*['"]`).test(text)) return undefined;
  const imports = sf.getImportDeclarations();
  const last = imports.at(-1);
  const quote = last ? (last.getModuleSpecifier().getText().startsWith("'") ? "'" : '"') : "'";
  const semi = last ? (last.getText().endsWith(';') ? ';' : '') : ';';
  const statement =
    style === 'cjs'
      ? `const { ${helper.symbol} } = require(${quote}${helper.specifier}${quote})${semi}`
      : `import { ${helper.symbol} } from ${quote}${helper.specifier}${quote}${semi}`;
  if (last) return { start: last.getEnd(), end: last.getEnd(), text: `\n${statement}` };
  const statements = sf.getStatements();
  let anchor = statements[0];
  const isDirective = (s: TsNode | undefined) => s !== undefined && Node.isExpressionStatement(s) && Node.isStringLiteral(s.getExpression());
  if (isDirective(anchor)) {
    let i = 0;
    while (isDirective(statements[i + 1])) i++;
    const end = statements[i]!.getEnd();
    return { start: end, end, text: `\n${statement}` };
  }
  const at = anchor ? anchor.getStart() : 0;
  return { start: at, end: at, text: `${statement}\n\n` };
}

async function syntaxError(text: string, input: RewriteInput): Promise<string | undefined> {
  const { ts } = await loadTsMorph();
  const name = input.path.split('/').pop() ?? 'file.ts';
  const out = ts.transpileModule(text, { fileName: name, reportDiagnostics: true, compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve } });
  const first = out.diagnostics?.[0];
  return first ? `TypeScript syntax error: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')}` : undefined;
}

function tsRewriter(): Rewriter {
  return {
    async plan(input) {
      return planTs(await loadTsMorph(), input);
    },
    validate: syntaxError,
  };
}

export const typescript = tsRewriter();
export const javascript = tsRewriter();
