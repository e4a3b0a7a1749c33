import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { UsageError } from '@unleak/core';

/** One object asked of `git cat-file --batch`: its content, or undefined when git has no blob by that name. */
export interface BatchObject {
  name: string;
  blob?: Buffer;
}

/**
 * Reads objects (`:./path` for the index, `<commit>:./path` for a tree) through one long-lived
 * `git cat-file --batch`, never one process per file. Objects are yielded as they arrive, so a caller that
 * drops each one holds a single blob at a time. Names must not contain a newline.
 */
export async function* catFileObjects(root: string, names: string[], signal?: AbortSignal): AsyncGenerator<BatchObject> {
  if (names.length === 0) return;
  const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'], signal });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => void (stderr += c.toString('utf8')));
  const closed = new Promise<number>((resolve, reject) => {
    child.on('error', (e: NodeJS.ErrnoException) => reject(e.code === 'ENOENT' ? new UsageError('git is not installed or not on PATH; git scans need git') : e));
    child.on('close', (code) => resolve(code ?? 1));
  });
  closed.catch(() => undefined); // awaited below, unless the caller stops early
  child.stdin.on('error', () => undefined);
  child.stdin.end(names.map((n) => `${n}\n`).join(''));
  const reader = new BatchReader(names);
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) yield* reader.push(chunk);
  } finally {
    if (child.exitCode === null) child.kill();
  }
  if ((await closed) !== 0) throw new UsageError(`git cat-file failed: ${stderr.trim().split('\n')[0] || 'unknown error'}`);
}

/**
 * One long-lived `git cat-file --batch` for a source that learns the names it needs as it goes (a history
 * walk reading the version of each changed file at each commit): `read` asks for a batch and resolves with
 * its objects, in order. Callers await one batch before asking for the next, so at most one batch of blobs
 * is in memory. The process starts with the first batch; `close` ends it.
 */
export class CatFileSession {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly names: string[] = [];
  private readonly reader = new BatchReader(this.names);
  private readonly waiting: { objects: BatchObject[]; count: number; resolve: (o: BatchObject[]) => void; reject: (e: Error) => void }[] = [];
  private failure: Error | undefined;

  constructor(
    private readonly root: string,
    private readonly signal?: AbortSignal,
  ) {}

  read(names: string[]): Promise<BatchObject[]> {
    if (names.length === 0) return Promise.resolve([]);
    if (this.failure) return Promise.reject(this.failure);
    const child = this.child ?? this.start();
    this.names.push(...names);
    return new Promise((resolve, reject) => {
      this.waiting.push({ objects: [], count: names.length, resolve, reject });
      child.stdin.write(names.map((n) => `${n}\n`).join(''));
    });
  }

  close(): void {
    const child = this.child;
    this.child = undefined;
    if (!child) return;
    child.stdin.end();
    if (child.exitCode === null) child.kill();
  }

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: this.root, stdio: ['pipe', 'pipe', 'pipe'], signal: this.signal });
    this.child = child;
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => void (stderr += c.toString('utf8')));
    child.stdin.on('error', () => undefined);
    child.stdout.on('data', (chunk: Buffer) => {
      for (const object of this.reader.push(chunk)) {
        const batch = this.waiting[0];
        if (!batch) continue;
        batch.objects.push(object);
        if (batch.objects.length === batch.count) {
          this.waiting.shift();
          batch.resolve(batch.objects);
        }
      }
    });
    const fail = (e: Error) => {
      this.failure ??= e;
      for (const batch of this.waiting.splice(0)) batch.reject(this.failure);
    };
    child.on('error', (e: NodeJS.ErrnoException) => fail(e.code === 'ENOENT' ? new UsageError('git is not installed or not on PATH; git scans need git') : e));
    child.on('close', () => fail(new UsageError(`git cat-file failed: ${stderr.trim().split('\n')[0] || 'it stopped early'}`)));
    return child;
  }
}

/**
 * Incremental parser of `git cat-file --batch` output: per object `<oid> <type> <size>\n<content>\n`, or
 * `<name> missing\n` (also `ambiguous`). Content is copied once into a buffer of its announced size.
 */
export class BatchReader {
  private next = 0;
  private header: Buffer[] = [];
  private body: { buffer: Buffer; filled: number; isBlob: boolean } | undefined;
  /** The newline after a body, which may arrive in the next chunk. */
  private trailingNewline = false;

  constructor(private readonly names: string[]) {}

  *push(chunk: Buffer): Generator<BatchObject> {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.trailingNewline) {
        this.trailingNewline = false;
        offset++;
        continue;
      }
      if (this.body) {
        const take = Math.min(this.body.buffer.length - this.body.filled, chunk.length - offset);
        chunk.copy(this.body.buffer, this.body.filled, offset, offset + take);
        this.body.filled += take;
        offset += take;
        if (this.body.filled === this.body.buffer.length) {
          const { buffer, isBlob } = this.body;
          this.body = undefined;
          this.trailingNewline = true;
          yield this.take(isBlob ? buffer : undefined);
        }
        continue;
      }
      const eol = chunk.indexOf(10, offset);
      if (eol === -1) {
        this.header.push(chunk.subarray(offset));
        return;
      }
      this.header.push(chunk.subarray(offset, eol));
      offset = eol + 1;
      const line = Buffer.concat(this.header).toString('utf8');
      this.header = [];
      const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(line);
      if (!match) {
        yield this.take(undefined);
        continue;
      }
      const size = Number(match[2]);
      this.body = { buffer: Buffer.allocUnsafe(size), filled: 0, isBlob: match[1] === 'blob' };
      if (size === 0) {
        this.body = undefined;
        this.trailingNewline = true;
        yield this.take(match[1] === 'blob' ? Buffer.alloc(0) : undefined);
      }
    }
  }

  private take(blob: Buffer | undefined): BatchObject {
    const name = this.names[this.next++] ?? '';
    return blob ? { name, blob } : { name };
  }
}
