import { describe, expect, it } from 'vitest';
import { BatchReader, type BatchObject } from '../src/sources/cat-file.js';

/** `git cat-file --batch` output for these objects, as one buffer. */
function batchOutput(objects: Array<{ type: string; content: string } | 'missing'>, names: string[]): Buffer {
  return Buffer.concat(
    objects.map((o, i) =>
      o === 'missing' ? Buffer.from(`${names[i]} missing\n`) : Buffer.concat([Buffer.from(`${'a'.repeat(40)} ${o.type} ${Buffer.byteLength(o.content)}\n`), Buffer.from(o.content), Buffer.from('\n')]),
    ),
  );
}

describe('BatchReader', () => {
  const names = ['HEAD:./a.env', 'HEAD:./gone.env', 'HEAD:./dir', 'HEAD:./empty', 'HEAD:./b.env'];
  const output = batchOutput(
    [{ type: 'blob', content: 'A=1\nB=ü\n' }, 'missing', { type: 'tree', content: 'xx' }, { type: 'blob', content: '' }, { type: 'blob', content: 'C=3' }],
    names,
  );
  const expected = [
    ['HEAD:./a.env', 'A=1\nB=ü\n'],
    ['HEAD:./gone.env', undefined],
    ['HEAD:./dir', undefined],
    ['HEAD:./empty', ''],
    ['HEAD:./b.env', 'C=3'],
  ];
  const read = (objects: BatchObject[]) => objects.map((o) => [o.name, o.blob?.toString('utf8')]);

  it('splits objects, missing names and non-blobs, whatever the chunk boundaries', () => {
    for (const size of [1, 2, 3, 7, output.length]) {
      const reader = new BatchReader(names);
      const objects: BatchObject[] = [];
      for (let i = 0; i < output.length; i += size) objects.push(...reader.push(output.subarray(i, i + size)));
      expect(read(objects), `chunks of ${size}`).toEqual(expected);
    }
  });
});
