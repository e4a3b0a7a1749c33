import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createDetector, type Detector } from '../detect.js';
import { defaultKit } from '../default-kit.js';
import { locate, type ScannedFragment } from '../located.js';
import { readSmallFileSync, wholeFileFragment } from '../sources/read-file.js';
import type { FragmentFactory } from '../sources/source-fragment.js';
import type { FileEntry } from '../sources/walk.js';

/** What a worker made of one file: its detections, or why the main thread must read it instead. */
export type FileScan = { status: 'scanned'; scanned: ScannedFragment } | { status: 'large' } | { status: 'skipped'; reason: string };

/** Reads and scans one file of a directory walk (in a worker, or in-process). */
export function scanFile(detect: Detector, factory: FragmentFactory, entry: FileEntry): FileScan {
  const read = readSmallFileSync(entry.absPath);
  if (read.status !== 'read') return read;
  const whole = wholeFileFragment(read.buffer, entry.relPath, factory);
  if (!whole) return { status: 'skipped', reason: 'binary content' };
  return { status: 'scanned', scanned: locate(whole, detect(whole.fragment)) };
}

const WORKER_ROLE = 'unleak-detect-worker';
const MAX_WORKERS = 4;
/**
 * Files queued per worker: enough to keep it busy while the main thread scans files of its own between
 * turns of the event loop, few enough that the worker's backlog at the end of the walk is short.
 */
const QUEUE_PER_WORKER = 64;
/** Files per message: most files yield nothing, and a message costs more than scanning a small file. */
const BATCH = 16;

interface Job {
  entry: FileEntry;
  resolve(result: FileScan): void;
}

/**
 * Detection spread over worker threads: files go out in batches to the least busy worker and each file's
 * result settles its own promise, which the scan consumes in walk order. Workers load this same module
 * (its bundled build): detection is the CPU-bound part, and moving it off the main thread lets the walk,
 * the filters and the classifier run beside it. From TypeScript sources (vitest) there is no pool and
 * `scanFile` runs in-process; `test/detect-pool.test.ts` bundles the package to compare both. A worker that fails hands its files back to the main thread.
 */
export class DetectPool {
  private readonly workers: Worker[] = [];
  private readonly jobs = new Map<number, Job>();
  private readonly jobsOf = new Map<Worker, Set<number>>();
  /** Files waiting to go out as one message, to whichever worker has the least work then. */
  private batch: { id: number; entry: FileEntry }[] = [];
  private nextId = 0;
  private fallback: Detector | undefined;

  private constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL(import.meta.url), { workerData: { role: WORKER_ROLE } });
      worker.unref();
      this.jobsOf.set(worker, new Set());
      worker.on('message', (results: { id: number; result: FileScan }[]) => {
        for (const { id, result } of results) this.settle(worker, id, result);
      });
      worker.on('error', () => this.retire(worker));
      worker.on('exit', () => this.retire(worker));
      this.workers.push(worker);
    }
  }

  /**
   * A pool when this module runs as built JavaScript on a machine with more than one core: one worker per
   * core but one, since the main thread walks, filters and classifies meanwhile. On the 2-core bench
   * machine a second worker cost 15 % more CPU (its own start-up, heap and messages) and, with the
   * machine shared, no wall time.
   */
  static open(): DetectPool | undefined {
    const size = Math.min(MAX_WORKERS, availableParallelism() - 1);
    if (size < 1 || !import.meta.url.endsWith('.js')) return undefined;
    try {
      return new DetectPool(size);
    } catch {
      return undefined;
    }
  }

  /** Every worker has a full queue: the caller had better scan the next file itself than wait. */
  get saturated(): boolean {
    return this.jobs.size >= Math.max(1, this.workers.length) * QUEUE_PER_WORKER;
  }

  scan(entry: FileEntry): Promise<FileScan> {
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.jobs.set(id, { entry, resolve });
      this.batch.push({ id, entry });
      if (this.batch.length >= BATCH) this.flush();
    });
  }

  /** Sends the waiting files (also before the caller waits for one of them). */
  flush(): void {
    const batch = this.batch;
    if (batch.length === 0) return;
    this.batch = [];
    const worker = this.leastBusy();
    if (!worker) {
      for (const { id } of batch) this.runHere(id);
      return;
    }
    const pending = this.jobsOf.get(worker);
    for (const { id } of batch) pending?.add(id);
    worker.postMessage(batch);
  }

  private leastBusy(): Worker | undefined {
    let best: Worker | undefined;
    for (const worker of this.workers) if (!best || (this.jobsOf.get(worker)?.size ?? 0) < (this.jobsOf.get(best)?.size ?? 0)) best = worker;
    return best;
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private settle(worker: Worker, id: number, result: FileScan): void {
    this.jobsOf.get(worker)?.delete(id);
    const job = this.jobs.get(id);
    this.jobs.delete(id);
    job?.resolve(result);
  }

  private retire(worker: Worker): void {
    const index = this.workers.indexOf(worker);
    if (index === -1) return;
    this.workers.splice(index, 1);
    for (const id of this.jobsOf.get(worker) ?? []) this.runHere(id);
    this.jobsOf.delete(worker);
  }

  private runHere(id: number): void {
    const job = this.jobs.get(id);
    if (!job) return;
    this.jobs.delete(id);
    this.fallback ??= createDetector(defaultKit);
    job.resolve(scanFile(this.fallback, defaultKit, job.entry));
  }
}

/** The worker side: scan each file the pool sends and post the result back. */
function serve(): void {
  const detect = createDetector(defaultKit);
  parentPort?.on('message', (batch: { id: number; entry: FileEntry }[]) => {
    parentPort?.postMessage(batch.map(({ id, entry }) => ({ id, result: scanSafely(detect, entry) })));
  });
}

function scanSafely(detect: Detector, entry: FileEntry): FileScan {
  try {
    return scanFile(detect, defaultKit, entry);
  } catch {
    // The message could quote the file; the reason names only the failure.
    return { status: 'skipped', reason: 'internal error while scanning' };
  }
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) serve();
