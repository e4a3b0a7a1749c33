import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanWith, type ScanOptions, type ScanResult } from '../src/scan.js';
import { commitAll, demoToken, git, initRepo, printable, standInKit, tempDir, writeTree } from './helpers.js';

const scan = (options: ScanOptions) => scanWith(options, standInKit);



/**
 * `.gitattributes` can mark text files `-diff` or `binary` (lockfiles, generated JSON, SQL dumps); git log
 * and git diff then print "Binary files differ" for them, and a scan of added lines would see nothing.
 */
describe('--history and --diff read text files that .gitattributes marks as binary', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir('unleak-binary-attr-');
    initRepo(dir.path);
  });
  afterEach(() => dir.cleanup());

  it('finds a value in a -diff text file in history and in a range, once, at the commit that added it', async () => {
    const token = demoToken('attr');
    writeTree(dir.path, { '.gitattributes': 'config/*.json -diff\n*.dump binary\n', 'config/app.json': '{"name": "x"}\n' });
    const base = commitAll(dir.path, 'base');
    writeTree(dir.path, { 'config/app.json': `{"name": "x",\n "token": "${token}"}\n`, 'data/seed.dump': 'rows\n' });
    const added = commitAll(dir.path, 'add');
    writeTree(dir.path, { 'config/app.json': `{"name": "y",\n "token": "${token}"}\n` });
    commitAll(dir.path, 'edit');
    writeFileSync(join(dir.path, 'real.bin'), Buffer.from([0, 1, 2, 0, 10, 0]));
    commitAll(dir.path, 'binary');

    const history = await scan({ root: dir.path, history: {} });
    expect(history.detections.map((d) => [d.file, d.line, d.commit, d.inHead])).toEqual([['config/app.json', 2, added, true]]);
    expect(printable(history)).not.toContain(token);

    const range = await scan({ root: dir.path, diff: `${base}..HEAD` });
    expect(range.detections.map((d) => [d.file, d.line])).toEqual([['config/app.json', 2]]);
  });

  it('names the file right when its path has spaces, " and ", quotes or tabs, and after a rename', async () => {
    writeTree(dir.path, { '.gitattributes': '*.json -diff\n' });
    commitAll(dir.path, 'attributes');
    const names = ['cats and dogs/x and y.json', 'q"uo\tte/ü.json'];
    writeTree(dir.path, Object.fromEntries(names.map((n, i) => [n, `token=${demoToken(`attr-name${i}`)}\n`])));
    commitAll(dir.path, 'add');
    git(dir.path, 'mv', names[0] as string, 'moved and renamed.json');
    commitAll(dir.path, 'move');
    writeTree(dir.path, { 'moved and renamed.json': `token=${demoToken('attr-name0')}\nother=${demoToken('attr-new')}\n` });
    commitAll(dir.path, 'edit');
    const history = await scan({ root: dir.path, history: {} });
    expect(history.detections.map((d) => [d.file, d.line]).sort()).toEqual([
      ['cats and dogs/x and y.json', 1],
      ['moved and renamed.json', 2],
      ['q"uo\tte/ü.json', 1],
    ]);
  });
});
