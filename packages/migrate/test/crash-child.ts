// Runs `applyPlan` in its own process for the crash tests: the test process owns the sandbox and kills this
// one with SIGKILL at a random moment, or this process kills itself right after a journal line is on disk.
// UNLEAK_CRASH_SEEN names a file listing the journal steps (`step:file-or-item`) already crashed at: the run
// dies at the first step not in it (and adds it), so successive runs crash once at every boundary and each
// resumes from the state the previous crash left. Not part of the package: bundled by crash.test.ts.
import { appendFileSync, readFileSync } from 'node:fs';
import { applyPlan, readPlanFile } from '@unleak/migrate';
import { createStores, FileAuditLog } from '@unleak/stores';

const planFile = process.env.UNLEAK_TEST_PLAN ?? '';
const seenFile = process.env.UNLEAK_CRASH_SEEN;
const seen = new Set(seenFile ? readSeen(seenFile) : []);
const { plan, root } = await readPlanFile(planFile);
const stores = createStores({ retry: { baseDelayMs: 5, maxDelayMs: 50 } }, process.env, new FileAuditLog(`${root}/.unleak/audit.log`));
try {
  const result = await applyPlan(plan, { root, stores }, {
    onJournal: (line) => {
      if (!seenFile) return;
      const key = `${line.step}:${'file' in line ? line.file : 'item' in line ? line.item : ''}`;
      if (seen.has(key)) return;
      appendFileSync(seenFile, `${key}\n`);
      process.kill(process.pid, 'SIGKILL');
    },
  });
  process.stdout.write(`${JSON.stringify({ changed: result.changed, statuses: result.items.map((i) => i.status), problems: result.problems })}\n`);
} finally {
  stores.close();
}

function readSeen(path: string): string[] {
  try {
    return readFileSync(path, 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}
