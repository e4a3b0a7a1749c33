import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanWith, type ScanOptions } from '../src/scan.js';
import { commitAll, demoToken, initRepo, standInKit, tempDir, writeTree } from './helpers.js';

const scan = (options: ScanOptions) => scanWith(options, standInKit);

/**
 * PATHs are taken literally (scan --help): given to --history or --diff they name files, not git pathspecs,
 * so `[id].env` is that file (not `i.env` or `d.env`), `:x.env` is not pathspec magic, and `.` is the root.
 */
describe('--history and --diff with paths git would read as patterns', () => {
  let dir: ReturnType<typeof tempDir>;
  let base: string;
  const tokens = { bracket: demoToken('lit-bracket'), other: demoToken('lit-other'), colon: demoToken('lit-colon') };
  beforeEach(() => {
    dir = tempDir('unleak-literal-');
    initRepo(dir.path);
    base = commitAll(dir.path, 'empty');
    writeTree(dir.path, { '[id].env': `T=${tokens.bracket}\n`, 'i.env': `T=${tokens.other}\n`, ':x.env': `T=${tokens.colon}\n` });
    commitAll(dir.path, 'files');
  });
  afterEach(() => dir.cleanup());

  it.each(['history', 'diff'] as const)('--%s', async (source) => {
    const range: Pick<ScanOptions, 'history' | 'diff'> = source === 'history' ? { history: {} } : { diff: `${base}..HEAD` };
    const files = async (paths: string[]) => [...new Set((await scan({ root: dir.path, paths, ...range })).detections.map((d) => d.file))].sort();
    expect(await files(['[id].env'])).toEqual(['[id].env']);
    expect(await files([':x.env'])).toEqual([':x.env']);
    expect(await files(['.', 'i.env'])).toEqual([':x.env', '[id].env', 'i.env']);
  });
});
