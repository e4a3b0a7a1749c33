import type { Assignment, Extractor } from '../types.js';
import { forEachLine } from './lines.js';

/** `resource "aws_db_instance" "main" {`, `provider "aws" {`, `locals {`, `tags = {`, `dynamic "x" {`. */
const BLOCK_OPEN = /^[ \t]*([A-Za-z_][\w-]*)((?:[ \t]+"[^"\n]{0,200}")*)[ \t]*(=[ \t]*)?\{[ \t]*(?:#.*|\/\/.*)?$/;
const ATTRIBUTE = /^[ \t]*"?([A-Za-z_][\w.-]*)"?[ \t]*=[ \t]*(?:"((?:[^"\\\n]|\\.){0,4096})"|(-?\d+(?:\.\d+)?|true|false))[ \t]*,?[ \t]*(?:#.*|\/\/.*)?$/;
const HEREDOC = /<<-?[ \t]*"?([A-Za-z_]\w*)"?[ \t]*$/;

interface Block {
  label: string;
  start: number;
  /** `variable "db_password"`: the `default` is reported under the variable's name. */
  variableName?: string;
}

/**
 * HCL / Terraform: attributes with string or number values, scoped by their blocks
 * (`provider "aws"`, `resource "aws_db_instance" "main"`, `locals`). One group per outermost block, so a
 * resource's username, host and port travel with its password. Heredocs and comments are skipped.
 */
export const hclExtractor: Extractor = {
  id: 'hcl',
  fileKinds: ['terraform'],
  extract({ text, file }) {
    const out: Assignment[] = [];
    const blocks: Block[] = [];
    let heredocEnd: string | undefined;
    let inComment = false;
    // The scope and group of the current block nesting, shared by its attributes until a block opens or closes.
    let scope: string[] | undefined;
    let groupId: string | undefined;
    forEachLine(text, (from, to) => {
      const line = text.slice(from, to);
      const trimmed = line.trim();
      if (heredocEnd !== undefined) {
        if (trimmed === heredocEnd) heredocEnd = undefined;
        return;
      }
      if (inComment) {
        if (trimmed.includes('*/')) inComment = false;
        return;
      }
      if (trimmed.startsWith('/*')) {
        inComment = !trimmed.includes('*/');
        return;
      }
      if (trimmed.startsWith('#') || trimmed.startsWith('//')) return;
      // Each pattern is tried only on lines holding its one required character or marker.
      const heredoc = line.includes('<<') ? HEREDOC.exec(line) : null;
      if (heredoc) {
        heredocEnd = heredoc[1];
        return;
      }
      const open = line.includes('{') ? BLOCK_OPEN.exec(line) : null;
      if (open) {
        const labels = (open[2] ?? '').match(/"[^"\n]*"/g) ?? [];
        const type = open[1]!;
        const label = [type, ...labels].join(' ');
        const block: Block = { label, start: from };
        if (type === 'variable' && labels[0]) block.variableName = labels[0].slice(1, -1);
        blocks.push(block);
        scope = groupId = undefined;
        return;
      }
      if (trimmed === '}' || trimmed === '},' || trimmed === '})') {
        blocks.pop();
        scope = groupId = undefined;
        return;
      }
      const attr = line.includes('=') ? ATTRIBUTE.exec(line) : null;
      if (!attr) return;
      const raw = attr[2] ?? attr[3];
      if (raw === undefined || raw === '' || raw === 'true' || raw === 'false') return;
      const quoted = attr[2] !== undefined;
      const name = attr[1]!;
      let at = line.indexOf('=', line.indexOf(name) + name.length) + 1;
      while (line[at] === ' ' || line[at] === '\t') at++;
      const valueStart = from + at + (quoted ? 1 : 0);
      const innermost = blocks[blocks.length - 1];
      const key = innermost?.variableName && name === 'default' && blocks.length === 1 ? innermost.variableName : name;
      scope ??= blocks.map((b) => b.label);
      groupId ??= `${file}#${blocks[0] ? blocks[0].start : 'top'}`;
      const assignment: Assignment = { key, scope, value: raw, start: valueStart, end: valueStart + raw.length, groupId };
      if (quoted && raw.includes('\\')) assignment.decoded = raw.replace(/\\(.)/g, '$1');
      out.push(assignment);
    });
    return out;
  },
};
