import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '@unleak/core';
import type { ScanConfig } from '@unleak/scanner';
import { parseAllDocuments } from 'yaml';
import { readSources } from './locate.js';

/**
 * After the rewrite: no planned value may still be found in a touched file (lines the rewriter left for a person,
 * `manual` as `file:line`, are reported there instead), and every touched file must still
 * parse (TypeScript/JavaScript with the compiler's parser, JSON, YAML). Returns one line per problem.
 */
export async function checkFiles(root: string, files: string[], plan: Plan, config?: ScanConfig, manual: ReadonlySet<string> = new Set()): Promise<string[]> {
  const problems: string[] = [];
  const present = [...new Set(files)].filter((f) => existsSync(join(root, f)));
  const planned = new Set(plan.items.filter((i) => !i.skip).flatMap((i) => i.members.map((m) => `${m.file}\0${m.fingerprint}`)));
  const sources = await readSources(root, present, config);
  for (const source of sources.values()) {
    for (const d of source.detections) {
      if (planned.has(`${d.file}\0${d.fingerprint}`) && !manual.has(`${d.file}:${d.line}`)) problems.push(`${d.file}:${d.line}: ${d.rule} (${d.redacted}) is still in the file after the rewrite (manual edit needed)`);
    }
  }
  for (const file of present) {
    const syntax = await syntaxProblem(file, readFileSync(join(root, file), 'utf8'));
    if (syntax) problems.push(`${file}: ${syntax}`);
  }
  return problems;
}

export async function syntaxProblem(file: string, text: string): Promise<string | undefined> {
  if (/\.(m|c)?(t|j)sx?$/.test(file)) {
    const ts = (await import('typescript')).default;
    const kind = /x$/.test(file) ? ts.ScriptKind.TSX : /\.(m|c)?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
    const diagnostics = (sf as unknown as { parseDiagnostics?: Array<{ start?: number; messageText: unknown }> }).parseDiagnostics ?? [];
    const first = diagnostics[0];
    if (first) {
      const line = first.start !== undefined ? sf.getLineAndCharacterOfPosition(first.start).line + 1 : 0;
      return `does not parse as TypeScript/JavaScript (line ${line}: ${ts.flattenDiagnosticMessageText(first.messageText as string, ' ')})`;
    }
    return undefined;
  }
  if (/\.json$/.test(file)) {
    try {
      JSON.parse(text);
    } catch (e) {
      return `is no longer valid JSON (${e instanceof Error ? e.message : 'parse error'})`;
    }
    return undefined;
  }
  if (/\.ya?ml$/.test(file)) {
    const broken = parseAllDocuments(text).flatMap((doc) => ('errors' in doc ? doc.errors : []));
    if (broken[0]) return `is no longer valid YAML (${broken[0].message.split('\n')[0]})`;
  }
  return undefined;
}
