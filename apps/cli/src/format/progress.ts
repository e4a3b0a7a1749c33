import type { Io } from '../io.js';
import { formatBytes } from './report.js';

/** A live one-line status on a TTY: silent for scans under QUIET_MS (no flicker in a commit hook). */
const QUIET_MS = 200;
const REDRAW_MS = 100;

export interface ProgressLine {
  update(p: { files: number; bytes: number; findings: number }): void;
  done(): void;
}

export function progressLine(io: Io, now: () => number = () => performance.now()): ProgressLine {
  const started = now();
  let last = 0;
  let drawn = false;
  return {
    update(p) {
      const t = now();
      if (t - started < QUIET_MS || t - last < REDRAW_MS) return;
      last = t;
      drawn = true;
      io.stderr(`\r\x1b[Kscanning… ${p.files} files, ${formatBytes(p.bytes)}, ${p.findings} ${p.findings === 1 ? 'finding' : 'findings'}`);
    },
    done() {
      if (drawn) io.stderr('\r\x1b[K');
    },
  };
}
