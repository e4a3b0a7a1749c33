import { useEffect, useRef, useState } from 'react';
import { useStdout } from 'ink';
import type { StoreKind } from '@unleak/core';
import type { PreviewState } from './rewrite-preview.js';
import type { ScanOutcome, ScanProgressView, SessionServices } from './services.js';

/** Columns and rows, updated on resize; 80×24 when the stream does not say (tests, odd terminals). */
export function useTerminalSize(): { width: number; height: number } {
  const { stdout } = useStdout();
  const read = () => ({ width: stdout.columns || 80, height: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => void stdout.off('resize', onResize);
  }, [stdout]);
  return size;
}

export type ScanState =
  | { phase: 'running'; progress: ScanProgressView; elapsedMs: number }
  | { phase: 'done'; outcome: ScanOutcome }
  | { phase: 'failed'; error: string };

/** Runs the scan once; `cancel()` aborts it. Progress redraws are throttled to ~12 per second. */
export function useScan(services: SessionServices): { scan: ScanState; cancel: () => void } {
  const controller = useRef(new AbortController());
  const started = useRef(Date.now());
  const latest = useRef<ScanProgressView>({ files: 0, bytes: 0, findings: 0 });
  const [scan, setScan] = useState<ScanState>({ phase: 'running', progress: latest.current, elapsedMs: 0 });
  useEffect(() => {
    let finished = false;
    const timer = setInterval(() => {
      if (!finished) setScan({ phase: 'running', progress: { ...latest.current }, elapsedMs: Date.now() - started.current });
    }, 80);
    services
      .scan((p) => void (latest.current = p), controller.current.signal)
      .then((outcome) => setScan({ phase: 'done', outcome }))
      .catch((e: unknown) => setScan({ phase: 'failed', error: e instanceof Error ? e.message : String(e) }))
      .finally(() => {
        finished = true;
        clearInterval(timer);
      });
    return () => {
      finished = true;
      clearInterval(timer);
      controller.current.abort();
    };
  }, [services]);
  return { scan, cancel: () => controller.current.abort() };
}

/** A scan that ends sooner than this never shows its progress screen (no flicker in a small repo). */
export const PROGRESS_DELAY_MS = 200;

/** Holding `j` should not run a dry-run rewrite for every row it passes. */
export const PREVIEW_DELAY_MS = 60;

/**
 * The rewrite preview of the highlighted item in its current store and name: computed once per
 * (item, store, name), after the highlight rests for PREVIEW_DELAY_MS, and cached for the session.
 */
export function useRewritePreview(services: SessionServices, request: { itemId: string; store: StoreKind; name: string } | undefined): PreviewState | undefined {
  const cache = useRef(new Map<string, PreviewState>());
  const inFlight = useRef(new Map<string, Promise<void>>());
  const [, setVersion] = useState(0);
  const key = request ? `${request.itemId}\n${request.store}\n${request.name}` : undefined;
  useEffect(() => {
    if (!request || key === undefined || cache.current.has(key)) return;
    let current = true;
    const timer = setTimeout(() => {
      let pending = inFlight.current.get(key);
      if (!pending) {
        pending = services.previewRewrite(request.itemId, { store: request.store, name: request.name }).then(
          (preview) => void cache.current.set(key, { status: 'ready', preview }),
          (e: unknown) => void cache.current.set(key, { status: 'failed', error: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e) }),
        );
        inFlight.current.set(key, pending);
      }
      void pending.then(() => {
        inFlight.current.delete(key);
        if (current) setVersion((v) => v + 1);
      });
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [services, key]);
  if (key === undefined) return undefined;
  return cache.current.get(key) ?? { status: 'loading' };
}
