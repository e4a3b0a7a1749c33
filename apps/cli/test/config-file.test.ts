import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fake } from '@unleak/core';
import { afterEach, describe, expect, it } from 'vitest';
import { findConfigFile, loadConfig, searchedDirectories } from '../src/config-file.js';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';
import { awsKeyId, writeFiles } from './scan-helpers.js';

const ALLOW_AWS = 'scan:\n  allow:\n    rules: [aws-access-key-id]\n';

describe('config discovery (config-file.ts)', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  /** A scratch tree whose top holds `.git`, so the upward search never leaves it. */
  function tree(files: Record<string, string>, gitRoot = '.'): string {
    dir = mkdtempSync(join(tmpdir(), 'unleak-cfg-'));
    mkdirSync(join(dir, gitRoot, '.git'), { recursive: true });
    writeFiles(dir, files);
    return dir;
  }

  it('precedence: --config, then $UNLEAK_CONFIG, then the nearest file, then none', () => {
    const root = tree({ 'unleak.yaml': '', 'a.yaml': '', 'b.yaml': '' });
    expect(findConfigFile(root, 'a.yaml', { cwd: root, env: { UNLEAK_CONFIG: 'b.yaml' } })).toEqual({ file: join(root, 'a.yaml'), source: '--config' });
    expect(findConfigFile(root, undefined, { cwd: root, env: { UNLEAK_CONFIG: 'b.yaml' } })).toEqual({ file: join(root, 'b.yaml'), source: 'UNLEAK_CONFIG' });
    expect(findConfigFile(root, undefined, { cwd: root, env: { UNLEAK_CONFIG: '' } })).toEqual({ file: join(root, 'unleak.yaml'), source: 'search' });
    const bare = join(root, 'sub');
    mkdirSync(join(bare, '.git'), { recursive: true });
    expect(findConfigFile(bare, undefined, { cwd: root, env: {} })).toBeUndefined();
  });

  it('the names are tried in order in each directory, including .config/unleak.yaml', () => {
    const root = tree({ '.config/unleak.yaml': '', '.unleak.yaml': '' });
    expect(findConfigFile(root, undefined, { cwd: root, env: {} })?.file).toBe(join(root, '.unleak.yaml'));
    rmSync(join(root, '.unleak.yaml'));
    expect(findConfigFile(root, undefined, { cwd: root, env: {} })?.file).toBe(join(root, '.config', 'unleak.yaml'));
    writeFiles(root, { 'unleak.yml': '' });
    expect(findConfigFile(root, undefined, { cwd: root, env: {} })?.file).toBe(join(root, 'unleak.yml'));
  });

  it('searches upward from the root and stops at the first directory holding .git', () => {
    const top = tree({ 'unleak.yaml': ALLOW_AWS, 'repo/.unleak.yaml': ALLOW_AWS, 'repo/pkg/src/a.ts': '' });
    mkdirSync(join(top, 'repo', '.git'));
    const start = join(top, 'repo', 'pkg', 'src');
    expect(searchedDirectories(start)).toEqual([start, join(top, 'repo', 'pkg'), join(top, 'repo')]);
    expect(findConfigFile(start, undefined, { cwd: top, env: {} })?.file).toBe(join(top, 'repo', '.unleak.yaml'));
    rmSync(join(top, 'repo', '.unleak.yaml'));
    // The file above the git root belongs to another project: not used.
    expect(findConfigFile(start, undefined, { cwd: top, env: {} })).toBeUndefined();
    // A .git file (worktree, submodule) marks a git root too.
    rmSync(join(top, 'repo', '.git'), { recursive: true });
    writeFiles(top, { 'repo/.git': 'gitdir: ../elsewhere\n' });
    expect(searchedDirectories(start).at(-1)).toBe(join(top, 'repo'));
  });

  it('outside git, the search walks up to the filesystem root', () => {
    expect(searchedDirectories('/a/b').at(-1)).toBe('/');
  });

  it('scan in a subdirectory picks up the repository config; --verbose names it, or says none was found', async () => {
    const root = tree({ '.config/unleak.yaml': ALLOW_AWS, 'svc/a.env': `K=${awsKeyId('cfg-up')}\n` });
    const io = fakeIo(join(root, 'svc'));
    expect(await main(['scan', '--verbose'], io)).toBe(0);
    expect(io.err).toContain(`unleak: using config ${join(root, '.config', 'unleak.yaml')}\n`);

    rmSync(join(root, '.config'), { recursive: true });
    const none = fakeIo(join(root, 'svc'));
    expect(await main(['scan', '--verbose'], none)).toBe(1);
    expect(none.err).toContain('no config file found');
    expect(none.err).toContain('built-in defaults');
  });

  it('--verbose says where a named config came from', async () => {
    const root = tree({ 'conf/x.yaml': ALLOW_AWS, 'a.env': `K=${awsKeyId('cfg-env')}\n` });
    const io = fakeIo(root, { UNLEAK_CONFIG: 'conf/x.yaml' });
    expect(await main(['scan', '--verbose'], io)).toBe(0);
    expect(io.err).toContain(`using config ${join(root, 'conf', 'x.yaml')} (from UNLEAK_CONFIG)`);
  });

  it('reports the scan and the classifier problems together, in one ConfigError naming the file', async () => {
    const root = tree({ 'unleak.yaml': 'scan:\n  bogus: 1\nrouting:\n  defaultStore: valt\nnonsense: true\n' });
    const error = await loadConfig(root, undefined, fakeIo(root), false).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ConfigError' });
    const { problems, message } = error as { problems: string[]; message: string };
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(problems.some((p) => p.startsWith('scan.bogus'))).toBe(true);
    expect(problems.some((p) => p.includes('valt'))).toBe(true);
    expect(problems.some((p) => p.includes('nonsense'))).toBe(true);
    expect(message.startsWith(`${join(root, 'unleak.yaml')}: ${problems.length} problems:`)).toBe(true);

    const io = fakeIo(root);
    expect(await main(['scan'], io)).toBe(2);
    expect(io.err).toContain('scan.bogus');
    expect(io.err).toContain('nonsense');
    expect(io.err).not.toContain('    at ');
  });

  it('a document that is not a mapping is one problem, not one per parser', async () => {
    const root = tree({ 'unleak.yaml': '- a\n- b\n' });
    const error = await loadConfig(root, undefined, fakeIo(root), false).catch((e: unknown) => e);
    expect((error as { problems: string[] }).problems).toHaveLength(1);
    const broken = tree({ 'unleak.yaml': 'scan: [\n' });
    const io = fakeIo(broken);
    expect(await main(['scan'], io)).toBe(2);
    expect(io.err).toMatch(/unleak\.yaml: not valid YAML/);
  });

  it('does not execute anything: YAML tags that would build code are rejected as data', async () => {
    const root = tree({ 'unleak.yaml': 'scan: !!js/function "function () { throw 1 }"\n' });
    const io = fakeIo(root);
    expect(await main(['scan'], io)).toBe(2);
    expect(io.err).toMatch(/unleak\.yaml: Unresolved tag: tag:yaml\.org,2002:js\/function.*; unleak\.yaml holds plain YAML data only\n$/);
  });

  it.each([
    ['scan', ['scan', '--config', 'missing.yaml']],
    ['baseline', ['baseline', '--config', 'missing.yaml']],
    ['baseline prune', ['baseline', 'prune', '--config', 'missing.yaml']],
    ['migrate', ['migrate', '--config', 'missing.yaml', '--plan-out', 'p.yaml']],
    ['config explain', ['config', 'explain', 'a.env:1', '--config', 'missing.yaml']],
  ])('%s with a missing --config file exits 2 with one line', async (_name, args) => {
    const root = tree({ 'a.env': `K=${awsKeyId('cfg-missing')}\n`, '.unleak-baseline.json': '{"version":1,"entries":[]}\n' });
    const io = fakeIo(root);
    expect(await main(args, io)).toBe(2);
    expect(io.err).toBe(`unleak: config file '${join(root, 'missing.yaml')}' (from --config) does not exist; check the --config path\n`);
  });

  it('a missing $UNLEAK_CONFIG file names the variable; a directory is refused', async () => {
    const root = tree({ 'a.env': '' });
    const env = fakeIo(root, { UNLEAK_CONFIG: 'nope.yaml' });
    expect(await main(['scan'], env)).toBe(2);
    expect(env.err).toContain('(from UNLEAK_CONFIG) does not exist; check the UNLEAK_CONFIG variable');
    const folder = fakeIo(root);
    expect(await main(['scan', '--config', '.'], folder)).toBe(2);
    expect(folder.err).toContain('is a directory');
    expect(folder.err.trim().split('\n')).toHaveLength(1);
  });

  it('config explain uses the same discovery: a config above the PATH, below the git root', async () => {
    const root = tree({ 'unleak.yaml': 'routing:\n  defaultStore: vault\n', 'svc/a.env': `DB_PASSWORD=${fake.password(20, 'cfg-explain')}\n` });
    const io = fakeIo(root);
    expect(await main(['config', 'explain', 'a.env:1', 'svc'], io)).toBe(0);
    expect(io.out).toContain(`policy: ${join(root, 'unleak.yaml')}`);
  });
});
