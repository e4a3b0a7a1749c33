/**
 * What the sources never read, as data. Vendored trees and dependency folders hold other people's code;
 * lockfiles are integrity hashes (high entropy, never credentials); source maps and binaries are noise.
 */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['.git', 'node_modules', 'vendor', 'third_party', 'bower_components', '.hg', '.svn']);

export const LOCKFILES: ReadonlySet<string> = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lockb',
  'Cargo.lock',
  'go.sum',
  'poetry.lock',
  'Pipfile.lock',
  'composer.lock',
  'Gemfile.lock',
  'packages.lock.json',
  'pubspec.lock',
  'mix.lock',
  'flake.lock',
  'uv.lock',
]);

export const BINARY_EXTENSIONS: ReadonlySet<string> = new Set(
  (
    'png jpg jpeg gif bmp ico webp tiff psd svgz avif heic ' +
    'zip gz tgz bz2 xz 7z rar tar zst lz4 jar war ear apk ipa aar whl egg nupkg deb rpm dmg iso msi ' +
    'exe dll so dylib a o obj lib class pyc pyo wasm bin dat db sqlite sqlite3 ' +
    'pdf doc docx xls xlsx ppt pptx odt ods ' +
    'mp3 mp4 m4a wav ogg flac avi mov mkv webm ' +
    'ttf otf woff woff2 eot ' +
    'pack idx'
  ).split(' '),
);

/**
 * unleak's own output: the migration report it writes at the scan root and its `.unleak/` state (journal,
 * backups, session, policies). Both name and describe the credentials they moved; scanning them would
 * report unleak's bookkeeping as leaks.
 */
export const UNLEAK_REPORT = 'unleak-report.md';
export const UNLEAK_STATE_DIRECTORY = '.unleak';

/** Why a path is skipped, or undefined to read it. Paths use forward slashes. */
export function skipReasonForPath(relPath: string): string | undefined {
  if (relPath === UNLEAK_REPORT) return "unleak's own migration report";
  if (relPath === UNLEAK_STATE_DIRECTORY || relPath.startsWith(`${UNLEAK_STATE_DIRECTORY}/`)) {
    return `inside ${UNLEAK_STATE_DIRECTORY}/ (unleak's journal, backups and session)`;
  }
  const name = relPath.slice(relPath.lastIndexOf('/') + 1);
  if (LOCKFILES.has(name)) return 'lockfile';
  if (name.endsWith('.map')) return 'source map';
  const dot = name.lastIndexOf('.');
  if (dot > 0 && BINARY_EXTENSIONS.has(name.slice(dot + 1).toLowerCase())) return 'binary extension';
  for (const segment of relPath.split('/').slice(0, -1)) if (SKIPPED_DIRECTORIES.has(segment)) return `inside ${segment}/`;
  return undefined;
}

/** Git's own heuristic: a NUL byte in the first 8 KB means binary. */
export const BINARY_SNIFF_BYTES = 8192;

export function looksBinary(head: Uint8Array): boolean {
  const n = Math.min(head.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (head[i] === 0) return true;
  return false;
}
