import type { ApplyLine } from './screens/ApplyScreen.js';
import type { ApplyProgress, ApplyRun, ApplySummary } from './services.js';

export type ApplyEnd = { summary: ApplySummary; stopped: boolean; failed: number };

/**
 * Turns an apply run into per-item lines (write → verify → rewrite). After the run, failed items wait for
 * `retry()` (runs them again) or `skip()`; `stop()` lets the item or file in flight finish, then ends.
 * No React here: the session wraps it.
 */
export class ApplyDriver {
  #lines: ApplyLine[];
  #outcome = new Map<string, string>();
  #pendingFiles = new Map<string, Set<string>>();
  #controller = new AbortController();
  #choice: ((choice: 'retry' | 'skip') => void) | undefined;

  constructor(
    private readonly run: ApplyRun,
    labels: Record<string, string>,
    private readonly onChange: (lines: ApplyLine[]) => void,
  ) {
    this.#lines = run.items.map((itemId) => ({ itemId, label: labels[itemId] ?? itemId, status: { state: 'waiting' } }));
  }

  get lines(): ApplyLine[] {
    return this.#lines;
  }

  get stopping(): boolean {
    return this.#controller.signal.aborted;
  }

  stop(): void {
    this.#controller.abort();
    this.#choice?.('skip');
  }

  retry(): void {
    this.#choice?.('retry');
  }

  skip(): void {
    this.#choice?.('skip');
  }

  /** The item being written right now, if any (for the second Ctrl-C's message). */
  inFlight(): string | undefined {
    return this.#lines.find((l) => l.status.state === 'running')?.label;
  }

  async start(): Promise<ApplyEnd> {
    let stopped = !(await this.#execute(undefined));
    const failed = this.#lines.filter((l) => l.status.state === 'failed').map((l) => l.itemId);
    for (const id of stopped ? [] : failed) {
      for (;;) {
        const choice = await new Promise<'retry' | 'skip'>((resolve) => (this.#choice = resolve));
        this.#choice = undefined;
        if (choice === 'skip' || this.stopping) {
          this.#set(id, { state: 'skipped' });
          break;
        }
        if (!(await this.#execute([id]))) break;
        if (this.#lines.find((l) => l.itemId === id)?.status.state !== 'failed') break;
      }
      if (this.stopping) {
        stopped = true;
        break;
      }
    }
    const problems = this.#lines.filter((l) => l.status.state === 'failed' || l.status.state === 'skipped').length;
    const summary = await this.run.finish(stopped);
    return { summary, stopped, failed: problems };
  }

  /** One engine run; false when it was interrupted. Items still "running" at the end had nothing to rewrite. */
  async #execute(only: string[] | undefined): Promise<boolean> {
    for (const id of only ?? this.run.items) this.#pendingFiles.set(id, new Set(this.run.filesOf[id] ?? []));
    const { interrupted } = await this.run.execute(only, (p) => this.#progress(p), this.#controller.signal);
    if (interrupted || this.stopping) return false;
    for (const l of this.#lines) if (l.status.state === 'running') this.#set(l.itemId, { state: 'done', detail: this.#outcome.get(l.itemId) ?? 'done' });
    return true;
  }

  #progress(p: ApplyProgress): void {
    if (p.type === 'item') this.#set(p.itemId, { state: 'running', step: p.step });
    else if (p.type === 'failed') this.#set(p.itemId, { state: 'failed', error: p.error });
    else if (p.type === 'stored') {
      this.#outcome.set(p.itemId, p.outcome);
      this.#set(p.itemId, { state: 'running', step: 'rewrite' });
    } else if (p.phase === 'done') {
      for (const [itemId, files] of this.#pendingFiles) {
        if (!files.delete(p.file) || files.size > 0) continue;
        const line = this.#lines.find((l) => l.itemId === itemId);
        if (line?.status.state === 'running') this.#set(itemId, { state: 'done', detail: this.#outcome.get(itemId) ?? 'done' });
      }
    }
  }

  #set(itemId: string, status: ApplyLine['status']): void {
    this.#lines = this.#lines.map((l) => (l.itemId === itemId ? { ...l, status } : l));
    this.onChange(this.#lines);
  }
}
