import { describe, expect, it } from 'vitest';
import { rewriteFile, type RewriteTarget } from '../src/index.js';

const PASS = 'FAKE-static-secret-key-0000';

function removeTarget(text: string, value: string): RewriteTarget {
  const start = text.indexOf(value);
  return { span: { start, end: start + value.length }, line: text.slice(0, start).split('\n').length, column: 1, store: 'remove', name: '', envName: 'AWS_SECRET_ACCESS_KEY', kind: 'aws-secret-key' };
}

describe('YAML removal of static credentials', () => {
  it('leaves a credential in a flow map for a person', async () => {
    const text = `env: {AWS_REGION: eu-west-1, AWS_SECRET_ACCESS_KEY: ${PASS}}\n`;
    const result = await rewriteFile({ path: '.github/workflows/ci.yml', fileKind: 'github-actions', text, targets: [removeTarget(text, PASS)] });
    expect(result.changed).toBe(false);
    expect(result.manual).toEqual([{ line: 1, reason: expect.stringContaining('flow collection') }]);
  });

  it('deletes a pair whose value is a block scalar, lines and all', async () => {
    const text = `aws_secret_key: |\n  ${PASS}\nregion: eu-west-1\n`;
    const result = await rewriteFile({ path: 'group_vars/all.yml', fileKind: 'ansible', text, targets: [removeTarget(text, PASS)] });
    expect(result.text).toBe('region: eu-west-1\n');
  });

  it('deletes a `- KEY=<secret>` list entry but not one where the secret is only part of the value', async () => {
    const text = `environment:\n  - AWS_REGION=eu-west-1\n  - AWS_SECRET_ACCESS_KEY=${PASS}\n  - NOTE=prefix-${PASS}\n`;
    const start = text.lastIndexOf(PASS);
    const partial = { ...removeTarget(text, PASS), span: { start, end: start + PASS.length }, line: 4 };
    const result = await rewriteFile({ path: 'docker-compose.yml', fileKind: 'docker-compose', text, targets: [removeTarget(text, PASS), partial] });
    expect(result.text).toBe(`environment:\n  - AWS_REGION=eu-west-1\n  - NOTE=prefix-${PASS}\n`);
    expect(result.manual).toEqual([{ line: 4, reason: expect.stringContaining('only part of its value') }]);
  });

  it('leaves a credential whose removal would empty its map for a person', async () => {
    const text = `env:\n  AWS_SECRET_ACCESS_KEY: ${PASS}\n`;
    const result = await rewriteFile({ path: '.github/workflows/ci.yml', fileKind: 'github-actions', text, targets: [removeTarget(text, PASS)] });
    expect(result.changed).toBe(false);
    expect(result.manual).toEqual([{ line: 2, reason: expect.stringContaining('empty') }]);
  });
});
