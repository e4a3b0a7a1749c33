import { spawnSync } from 'node:child_process';
import { ts } from 'ts-morph';
import { parseAllDocuments } from 'yaml';
import type { FileKind } from '@unleak/core';
import { braceBalanceError } from './block-scope.js';

/**
 * Whether a file still parses, judged by its name and kind: TypeScript/JavaScript with the compiler's
 * parser, JSON, YAML, Python with the machine's `python3` (`ast.parse`; unchecked when there is none),
 * Terraform/HCL and Jenkinsfiles by brace and string balance (no HCL parser runs on Node here).
 * Messages carry a line number and the parser's wording, never a line of the file: it may hold a secret.
 */
export function syntaxProblem(path: string, text: string, kind?: FileKind): string | undefined {
  if (/\.[cm]?[jt]sx?$/.test(path)) return scriptProblem(path, text);
  if (/\.json$/.test(path)) return jsonProblem(text);
  if (/\.ya?ml$/.test(path)) return yamlProblem(text);
  if (/\.py$/.test(path) || kind === 'python') return pythonProblem(text);
  if (/\.(tf|hcl)$/.test(path) || kind === 'terraform' || kind === 'jenkinsfile') {
    const unbalanced = braceBalanceError(text);
    return unbalanced ? `has unbalanced braces or quotes (${unbalanced})` : undefined;
  }
  return undefined;
}

/**
 * A problem the rewrite introduced: the new text does not parse while the old one did. A file that was
 * already broken (a Python 2 script, a template with placeholders) is not the rewrite's fault.
 */
export function introducedSyntaxProblem(path: string, before: string, after: string, kind?: FileKind): string | undefined {
  const problem = syntaxProblem(path, after, kind);
  return problem && !syntaxProblem(path, before, kind) ? problem : undefined;
}

function scriptProblem(path: string, text: string): string | undefined {
  const kind = /x$/.test(path) ? ts.ScriptKind.TSX : /\.[cm]?js$/.test(path) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, kind);
  const first = (file as unknown as { parseDiagnostics?: { start?: number; messageText: string | ts.DiagnosticMessageChain }[] }).parseDiagnostics?.[0];
  if (!first) return undefined;
  const line = first.start !== undefined ? file.getLineAndCharacterOfPosition(first.start).line + 1 : 0;
  return `does not parse as TypeScript/JavaScript (line ${line}: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')})`;
}

function jsonProblem(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch {
    return 'is not valid JSON';
  }
}

function yamlProblem(text: string): string | undefined {
  const error = parseAllDocuments(text).flatMap((doc) => ('errors' in doc ? doc.errors : []))[0];
  return error ? `is not valid YAML (${error.message.split('\n')[0]})` : undefined;
}

/** Prints `line: message` for a SyntaxError; `msg` is the parser's wording, without the offending text. */
const PYTHON_CHECK = `
import ast, sys
try:
    ast.parse(sys.stdin.buffer.read())
except SyntaxError as e:
    print(f"{e.lineno or 0}: {e.msg}")
    sys.exit(3)
except Exception:
    sys.exit(4)
`;

function pythonProblem(text: string): string | undefined {
  const run = spawnSync('python3', ['-c', PYTHON_CHECK], { input: text, encoding: 'utf8', timeout: 15_000, stdio: ['pipe', 'pipe', 'ignore'] });
  if (run.status !== 3) return undefined; // parsed, no python3, or it could not judge (e.g. a NUL byte)
  const [line = '0', ...message] = run.stdout.trim().split(': ');
  return `does not parse as Python (line ${line}: ${withoutQuotedSource(message.join(': ')) || 'syntax error'})`;
}

/**
 * The parser's wording without text it quotes from the file: Pythons before 3.10 append the statement
 * (`… Did you mean print("<the line's string>")?`), and a long quoted piece may be a value too.
 */
function withoutQuotedSource(message: string): string {
  return message.replace(/\s*Did you mean\b[\s\S]*$/, '').replace(/(["'])[^"'\n]{13,}\1/g, '$1…$1');
}
