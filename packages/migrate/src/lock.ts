import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '@unleak/core';

/**
 * `.unleak/lock`: one apply or rollback at a time per repository. A lock left by a crashed run (its process
 * is gone) is taken over, so a crash never blocks the resume.
 */
export function acquireLock(path: string, command: string): () => void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw new UsageError(`another unleak ${command} (pid ${holder}) is running in this repository; wait for it, or remove ${path} if that process is gone`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new UsageError(`could not take ${path}; remove it and run ${command} again`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
