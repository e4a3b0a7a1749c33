import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fake } from '@unleak/core';
import { syntaxProblem } from '../src/index.js';

/**
 * Python before 3.10 quotes the offending statement in some messages (`Did you mean print("…")?`). A stand-in
 * python3 answers the way such a Python does, so the message unleak builds can be checked on any machine.
 */
describe('syntaxProblem: Python wording that quotes the file', () => {
  const secret = 'ghp_' + fake.alnum(36, 'python-wording');
  let bin: string;
  let path: string | undefined;
  beforeEach(() => {
    bin = mkdtempSync(join(tmpdir(), 'unleak-python-'));
    const python = join(bin, 'python3');
    writeFileSync(python, `#!/bin/sh\ncat >/dev/null\necho '2: Missing parentheses in call to '"'"'print'"'"'. Did you mean print("${secret}")?'\nexit 3\n`);
    chmodSync(python, 0o755);
    path = process.env.PATH;
    process.env.PATH = `${bin}${delimiter}${path ?? ''}`;
  });
  afterEach(() => {
    process.env.PATH = path;
    rmSync(bin, { recursive: true, force: true });
  });

  it('keeps the line and the wording, never the quoted text', () => {
    const problem = syntaxProblem('app/settings.py', `import os\nprint "${secret}"\n`);
    expect(problem).toMatch(/^does not parse as Python \(line 2: Missing parentheses in call to 'print'/);
    expect(problem).not.toContain(secret);
    expect(problem).not.toContain(secret.slice(0, 12));
  });
});
