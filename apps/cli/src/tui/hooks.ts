import { useEffect, useRef, useState } from 'react';
import { useStdout } from 'ink';
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
