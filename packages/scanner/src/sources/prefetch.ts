/**
 * Runs up to `depth` loads ahead of the consumer and yields their results in input order: file reads
 * overlap with detection instead of waiting on one open/read/close at a time. `load` must not reject.
 */
export async function* prefetch<T, R>(items: AsyncIterable<T>, load: (item: T) => Promise<R>, depth: number): AsyncGenerator<R> {
  const queue: Promise<R>[] = [];
  for await (const item of items) {
    queue.push(load(item));
    if (queue.length >= depth) yield await (queue.shift() as Promise<R>);
  }
  while (queue.length > 0) yield await (queue.shift() as Promise<R>);
}
