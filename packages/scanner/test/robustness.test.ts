import { truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scan } from '../src/index.js';
import { WINDOW_BYTES } from '../src/sources/read-file.js';
import { awsKey, tempDir, writeTree } from './helpers.js';

describe('robustness with the real rules and extractors', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.cleanup());

  it('survives deeply nested YAML and JSON and still finds the key at the bottom', async () => {
    // Indentation-deep (past the YAML parser's guard, read line by line) and flow-deep documents.
    const depth = 200; // kept small so the suite stays fast: 1000+ levels take seconds in the YAML extractor today
    let yaml = '';
    for (let i = 0; i < depth; i++) yaml += `${' '.repeat(2 * i)}k${i}:\n`;
    yaml += `${' '.repeat(2 * depth)}aws_access_key_id: ${awsKey('deep')}\n`;
    writeTree(dir.path, { 'deep.yaml': yaml, 'deep.json': `${'['.repeat(50_000)}"${awsKey('deep-json')}"${']'.repeat(50_000)}`, 'flow.yaml': `a: ${'['.repeat(20_000)}x${']'.repeat(20_000)}\n` });
    const { detections } = await scan({ root: dir.path });
    expect(detections.map((d) => [d.file, d.line])).toEqual([
      ['deep.json', 1],
      ['deep.yaml', depth + 1],
    ]);
  });

  it('completes when files change or disappear during the scan', async () => {
    // Both later files are larger than a window, so they are opened by the windowed reader only when the
    // scan reaches them, after the deletion (smaller files are read ahead).
    const padding = `${'#'.repeat(99)}\n`.repeat(Math.ceil(WINDOW_BYTES / 100));
    writeTree(dir.path, { 'a.env': `K=${awsKey('a')}\n`, 'b.txt': 'x'.repeat(WINDOW_BYTES + 1000), 'c.env': `K=${awsKey('c')}\n${padding}` });
    let calls = 0;
    const result = await scan({
      root: dir.path,
      onProgress: () => {
        calls++;
        if (calls === 2) {
          truncateSync(join(dir.path, 'b.txt'), 0);
          unlinkSync(join(dir.path, 'c.env'));
        }
      },
    });
    expect(result.detections.map((d) => d.file)).toEqual(['a.env']);
    expect(result.skipped).toEqual([{ relPath: 'c.env', reason: 'disappeared before it could be read' }]);
    expect(result.stats.files).toBe(2);
  });

  it('treats CRLF, a BOM and invalid UTF-8 as text', async () => {
    writeFileSync(join(dir.path, 'win.env'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`A=1\r\nK=${awsKey('crlf')}\r\n`), Buffer.from([0xff, 0x0d, 0x0a])]));
    const { detections } = await scan({ root: dir.path });
    expect(detections.map((d) => [d.line, d.column])).toEqual([[2, 3]]);
  });
});
