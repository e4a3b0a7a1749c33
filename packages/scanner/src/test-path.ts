/** Test and fixture files: findings there are reported at lower sensitivity, not dropped. */
const TEST_DIRECTORIES = new Set(['test', 'tests', '__tests__', 'fixtures', '__fixtures__', 'testdata', 'spec', '__mocks__']);
const TEST_FILE = /(?:\.(?:test|spec)\.[^/]+$|_test\.[^/.]+$|^test_[^/]+\.py$)/;

export function isTestPath(relPath: string): boolean {
  const segments = relPath.split('/');
  const name = segments.pop() ?? '';
  return TEST_FILE.test(name) || segments.some((s) => TEST_DIRECTORIES.has(s));
}
