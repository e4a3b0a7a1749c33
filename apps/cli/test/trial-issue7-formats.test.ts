import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';
import { awsKeyId, stagedRepo, tempRepo } from './scan-helpers.js';

describe('SARIF artifact URIs for file names with URI delimiters', () => {
  let repo: ReturnType<typeof tempRepo> | undefined;
  afterEach(() => repo?.cleanup());

  it('percent-encodes # ? and the like, so code scanning resolves the URI to the same file', async () => {
    const files = ['docs ü/a#b?.env', 'x;y,z@w&v=u+t$s.env', 'app/(group)/[id]/pct%20.env'];
    repo = tempRepo(Object.fromEntries(files.map((f, i) => [f, `AWS_ACCESS_KEY_ID=${awsKeyId(`sarif-uri${i}`)}\n`])));
    const io = fakeIo(repo.root);
    expect(await main(['scan', '--format', 'sarif'], io)).toBe(1);
    const uris: string[] = JSON.parse(io.out).runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    const resolved = uris.map((uri) => {
      const url = new URL(uri, 'file:///repo/');
      expect(url.hash + url.search).toBe('');
      return decodeURIComponent(url.pathname.slice('/repo/'.length));
    });
    expect(resolved.sort()).toEqual([...files].sort());
  });
});

describe('text output of names that hold terminal control characters', () => {
  let repo: ReturnType<typeof tempRepo> | undefined;
  afterEach(() => repo?.cleanup());

  it('shows them escaped, so a file name cannot clear the screen or rewrite the report (text and staged output)', async () => {
    const evil = 'x\u001b[2J\revil\u009b.env';
    repo = tempRepo({ [evil]: `AWS_ACCESS_KEY_ID=${awsKeyId('term-escape')}\n` });
    const io = fakeIo(repo.root);
    expect(await main(['scan'], io)).toBe(1);
    expect(io.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(io.out).toContain('x\\x1b[2J\\revil\\x9b.env');
    const json = fakeIo(repo.root);
    await main(['scan', '--format', 'json'], json);
    expect(JSON.parse(json.out).findings[0].file).toBe(evil);
  });

  it('escapes them in the commit-hook report too', async () => {
    repo = stagedRepo({ 'x\u001b]0;pwned\u0007.env': `AWS_ACCESS_KEY_ID=${awsKeyId('term-escape2')}\n` });
    const io = fakeIo(repo.root);
    expect(await main(['scan', '--staged'], io)).toBe(1);
    expect(io.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(io.out).toContain('x\\x1b]0;pwned\\x07.env:1');
  });
});
