import { mkdirSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';

/** One step of an apply or rollback. Never a value: names, hashes, versions and outcomes only. */
export type JournalEntry =
  | { step: 'apply-start'; items: number }
  | { step: 'item-stored'; item: string; store: string; name: string; outcome: string; version?: string }
  | { step: 'item-failed'; item: string; error: string }
  | { step: 'file-planned'; file: string; before: string | null; after: string; backup?: string; items: string[]; notes?: string[]; manual?: Array<{ line: number; reason: string }> }
  | { step: 'file-done'; file: string; after: string }
  | { step: 'apply-done' }
  | { step: 'rollback-file'; file: string; outcome: 'restored' | 'deleted' | 'kept'; reason?: string }
  | { step: 'store-removed'; item: string; store: string; name: string; outcome: string }
  | { step: 'rollback-done' };

export type JournalLine = JournalEntry & { time: string; plan: string };

export const DEFAULT_JOURNAL = '.unleak/journal';

/**
 * `.unleak/journal`: JSON lines, each appended and fsynced before the step it records is taken as done,
 * so a rerun after a crash knows exactly which steps happened. Lines of several plans may share it.
 */
export class Journal {
  readonly #path: string;
  readonly #planId: string;
  readonly #onAppend: ((line: JournalLine, count: number) => void) | undefined;
  #count = 0;

  constructor(path: string, planId: string, onAppend?: (line: JournalLine, count: number) => void) {
    this.#path = path;
    this.#planId = planId;
    this.#onAppend = onAppend;
  }

  /** This plan's lines so far; a torn last line (crash mid-write) is ignored. */
  read(): JournalLine[] {
    let text: string;
    try {
      text = readFileSync(this.#path, 'utf8');
    } catch {
      return [];
    }
    const lines: JournalLine[] = [];
    for (const raw of text.split('\n')) {
      if (raw.trim() === '') continue;
      try {
        const line = JSON.parse(raw) as JournalLine;
        if (line.plan === this.#planId) lines.push(line);
      } catch {
        // a line cut short by a crash: the step it describes did not complete
      }
    }
    return lines;
  }

  /** This plan's lines since its last rollback: what the current attempt has done. */
  readCurrent(): JournalLine[] {
    const lines = this.read();
    let last = -1;
    lines.forEach((l, i) => {
      if (l.step === 'rollback-done') last = i;
    });
    return lines.slice(last + 1);
  }

  async append(entry: JournalEntry): Promise<void> {
    mkdirSync(dirname(this.#path), { recursive: true });
    const line = { time: new Date().toISOString(), plan: this.#planId, ...entry } as JournalLine;
    const handle = await open(this.#path, 'a+', 0o600);
    try {
      const lead = await tornTail(handle);
      await handle.write(`${lead}${JSON.stringify(line)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    this.#onAppend?.(line, ++this.#count);
  }
}

/** A newline to end a line a crash cut short, so the next line starts clean. */
async function tornTail(handle: import('node:fs/promises').FileHandle): Promise<string> {
  const { size } = await handle.stat();
  if (size === 0) return '';
  const last = Buffer.alloc(1);
  await handle.read(last, 0, 1, size - 1);
  return last[0] === 0x0a ? '' : '\n';
}
