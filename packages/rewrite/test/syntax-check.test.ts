import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fake } from '@unleak/core';
import { introducedSyntaxProblem, syntaxProblem } from '../src/index.js';

const hasPython = spawnSync('python3', ['--version']).status === 0;

describe('syntaxProblem: does a rewritten file still parse', () => {
  it('TypeScript/JavaScript, JSON, YAML and Terraform', () => {
    expect(syntaxProblem('src/db.ts', 'export const password = process.env["DB_PASSWORD"];\n')).toBeUndefined();
    expect(syntaxProblem('src/db.ts', 'export const password = process.env["DB_PASSWORD";\n')).toMatch(/^does not parse as TypeScript\/JavaScript \(line 1: /);
    expect(syntaxProblem('config.json', '{"a": 1}')).toBeUndefined();
    expect(syntaxProblem('config.json', '{"a": 1,}')).toBe('is not valid JSON');
    expect(syntaxProblem('k8s/app.yaml', 'a: 1\nb:\n  - x\n')).toBeUndefined();
    expect(syntaxProblem('k8s/app.yaml', 'a: 1\n b: 2\nc: [\n')).toMatch(/^is not valid YAML \(/);
    expect(syntaxProblem('main.tf', 'provider "aws" {\n  region = "eu-west-1"\n}\n')).toBeUndefined();
    expect(syntaxProblem('main.tf', 'provider "aws" {\n  region = "eu-west-1"\n')).toMatch(/^has unbalanced braces or quotes/);
    expect(syntaxProblem('Jenkinsfile', 'pipeline {\n', 'jenkinsfile')).toMatch(/unbalanced/);
    expect(syntaxProblem('notes.txt', '{{{')).toBeUndefined();
  });

  it.skipIf(!hasPython)('Python through python3, with a line number and no text of the file', () => {
    const secret = 'ghp_' + fake.alnum(36, 'syntax-check');
    expect(syntaxProblem('app/settings.py', 'import os\nTOKEN = os.environ["TOKEN"]\n')).toBeUndefined();
    const broken = syntaxProblem('app/settings.py', `import os\nTOKEN = os.environ["TOKEN"] "${secret}"\n`);
    expect(broken).toMatch(/^does not parse as Python \(line 2: /);
    expect(broken).not.toContain(secret);
    expect(syntaxProblem('bin/tool', 'x = (\n', 'python')).toMatch(/line 1/);
  });

  it.skipIf(!hasPython)('only problems the rewrite introduced count: an already broken file (Python 2) is left to its owner', () => {
    const python2 = 'print "hello"\nPASSWORD = "x"\n';
    expect(syntaxProblem('legacy.py', python2)).toBeDefined();
    expect(introducedSyntaxProblem('legacy.py', python2, 'import os\nprint "hello"\nPASSWORD = os.environ["PASSWORD"]\n')).toBeUndefined();
    expect(introducedSyntaxProblem('app.py', 'PASSWORD = ("a"\n  "b")\n', 'import os\nPASSWORD = (os.environ["P"]\n  "b")\n')).toMatch(/^does not parse as Python/);
  });
});
