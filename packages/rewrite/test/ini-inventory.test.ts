import { describe, expect, it } from 'vitest';
import { iniAssignmentAt, iniSyntaxError, isIniInventory } from '../src/ini-inventory.js';
import { rewriteFile, type RewriteTarget } from '../src/index.js';

const PASS = 'FAKE-inventory-pass-0000';

function target(text: string, value: string, over: Partial<RewriteTarget> = {}): RewriteTarget {
  const start = text.indexOf(value);
  return { span: { start, end: start + value.length }, line: text.slice(0, start).split('\n').length, column: 1, store: 'ssm-secure', name: '/shop/prod/pass', envName: 'PASS', kind: 'password', ...over };
}

describe('INI inventories', () => {
  it('tells INI inventories from YAML ones by extension, or by a [group] line when there is none', () => {
    expect(isIniInventory('ansible/inventory.ini', '')).toBe(true);
    expect(isIniInventory('inventories/prod/hosts', '[web]\nweb1\n')).toBe(true);
    expect(isIniInventory('inventories/prod/hosts', 'all:\n  hosts:\n    web1: {}\n')).toBe(false);
    expect(isIniInventory('inventories/prod/hosts.yml', '[web]\n')).toBe(false);
    expect(isIniInventory('inventory/hosts', 'web1 ansible_password=x\n')).toBe(true);
  });

  it('rewrites an ungrouped host line of an extension-less inventory as INI, not YAML', async () => {
    const text = `# no groups\nweb1 ansible_host=10.0.0.5 ansible_password=${PASS}\n`;
    const result = await rewriteFile({ path: 'inventory/hosts', fileKind: 'ansible', text, targets: [target(text, PASS)] });
    expect(result.text).toBe(`# no groups\nweb1 ansible_host=10.0.0.5 ansible_password="{{ lookup('amazon.aws.ssm_parameter', '/shop/prod/pass') }}"\n`);
    expect(result.manual).toEqual([]);
  });

  it('finds the value of a host-line assignment past quoted words and stops at a comment', () => {
    const text = `[web]\nweb1 note="a b" ansible_password=${PASS} # ansible_password=${PASS}\n`;
    const a = iniAssignmentAt(text, target(text, PASS).span);
    expect(a).toMatchObject({ key: 'ansible_password', quote: '', inVarsSection: false });
    const inComment = text.lastIndexOf(PASS);
    expect(iniAssignmentAt(text, { start: inComment, end: inComment + PASS.length })).toEqual({ problem: expect.stringContaining('not the value') });
  });

  it('names the problem for :children sections and unclosed quotes', () => {
    expect(iniAssignmentAt(`[all:children]\nweb ${PASS}\n`, { start: 19, end: 19 + PASS.length })).toEqual({ problem: expect.stringContaining(':children') });
    expect(iniSyntaxError('[web]\nweb1 a="open\n')).toBe('INI inventory line 2 has an unclosed quote');
    expect(iniSyntaxError('[web:vars]\na="x" y\n')).toBe('INI inventory line 2 has an unbalanced quote');
    expect(iniSyntaxError('[web]\nweb1 a="x y" b=\'z\'\n[web:vars]\nc = "d"\n')).toBeUndefined();
  });

  it('leaves a secret inside a single-quoted value to a person, naming the fix, without the value', async () => {
    const text = `[web]\nweb1 url='https://u:${PASS}@h'\n`;
    const result = await rewriteFile({ path: 'inventory.ini', fileKind: 'ansible', text, targets: [target(text, PASS)] });
    expect(result.changed).toBe(false);
    expect(result.manual).toEqual([{ line: 2, reason: expect.stringContaining('quote the value with `"`') }]);
    expect(JSON.stringify([result.notes, result.manual])).not.toContain(PASS);
  });

  it('keeps the assignment of a remove target that is only part of its value', async () => {
    const text = `[web:vars]\nnote=key-${PASS}\n`;
    const result = await rewriteFile({ path: 'inventory.ini', fileKind: 'ansible', text, targets: [target(text, PASS, { store: 'remove' })] });
    expect(result.manual).toEqual([{ line: 2, reason: expect.stringContaining('only part of its value') }]);
  });

  it('rewrites an already rewritten inventory to itself when there are no targets', async () => {
    const text = `[web]\nweb1 ansible_password="{{ lookup('amazon.aws.ssm_parameter', '/shop/prod/pass') }}"\n`;
    const result = await rewriteFile({ path: 'inventory.ini', fileKind: 'ansible', text, targets: [] });
    expect(result).toMatchObject({ text, changed: false, manual: [] });
  });
});
