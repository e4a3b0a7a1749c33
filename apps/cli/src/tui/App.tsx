import { useEffect, useRef, useState } from 'react';
import { Box, Text, useApp, useInput, type Key } from 'ink';
import { ApplyDriver, type ApplyEnd } from './apply-driver.js';
import { costOfDecisions } from './cost.js';
import { PROGRESS_DELAY_MS, useRewritePreview, useScan, useTerminalSize } from './hooks.js';
import { reviewKey, splitBurst } from './keys.js';
import { STORE_BADGE, type ReviewState } from './model.js';
import { detailLines } from './detail-lines.js';
import { detailWindow, paneRows, reviewLayout } from './layout.js';
import { applyPreview } from './plan-view.js';
import type { PreviewState } from './rewrite-preview.js';
import { currentRow, effectiveTarget } from './selectors.js';
import { initialReviewState, reviewReducer, type ReviewAction } from './reducer.js';
import { ApplyScreen, type ApplyLine } from './screens/ApplyScreen.js';
import { ConfirmScreen } from './screens/ConfirmScreen.js';
import { ReviewScreen } from './screens/ReviewScreen.js';
import { ScanningScreen } from './screens/ScanningScreen.js';
import { SummaryScreen } from './screens/SummaryScreen.js';
import type { ScanOutcome, SessionServices } from './services.js';

export interface AppProps {
  services: SessionServices;
  /** Called once with the exit code when the session ends. */
  onExit: (code: number, message?: string) => void;
  sandbox?: boolean;
}

type Phase = 'review' | 'confirm' | 'applying' | 'summary';

/** The session: scanning → review → confirm → applying → summary. Layout lives in the screens. */
export function App({ services, onExit, sandbox = false }: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const { scan, cancel } = useScan(services);
  const scanning = useRef(true);
  scanning.current = scan.phase === 'running';
  const ended = useRef(false);
  const end = (code: number, message?: string) => {
    if (ended.current) return;
    ended.current = true;
    onExit(code, message);
    exit();
  };

  // One key subscription for the whole session, made at mount: a screen that mounts later installs its
  // handler in `keys` during render, so no key press is lost between screens.
  const keys = useRef<KeyHandler | undefined>(undefined);
  useInput((input, key) => {
    if (!scanning.current) {
      // Keys typed faster than they are read arrive as one chunk ("jjj"): replay them one by one.
      // A burst never carries past a screen change: a pasted "ay" must not confirm an apply.
      for (const [char, k] of splitBurst(input, key)) if (keys.current?.(char, k) === false) break;
      return;
    }
    if ((key.ctrl && input === 'c') || key.escape || input === 'q') {
      cancel();
      end(130, 'scan cancelled; nothing was written');
    }
  });
  useEffect(() => {
    if (scan.phase === 'failed') end(2, scan.error);
  }, [scan.phase]);

  if (scan.phase === 'running' && scan.elapsedMs < PROGRESS_DELAY_MS) return null;
  if (scan.phase === 'running') return <ScanningScreen root={services.root} progress={scan.progress} elapsedMs={scan.elapsedMs} width={size.width} />;
  // The whole message (every config problem) is printed after the session ends.
  if (scan.phase === 'failed') return <Text color="red">{scan.error.split('\n')[0]}</Text>;
  return <Session services={services} outcome={scan.outcome} end={end} sandbox={sandbox} size={size} keys={keys} />;
}

/** Returns false when the key changed the screen. */
type KeyHandler = (input: string, key: Key) => boolean;

function Session(props: {
  services: SessionServices;
  outcome: ScanOutcome;
  end: (code: number, message?: string) => void;
  sandbox: boolean;
  size: { width: number; height: number };
  keys: { current: KeyHandler | undefined };
}) {
  const { services, outcome, end, size } = props;
  // Key handlers read the latest state from refs: a key can arrive before React re-subscribes the handler.
  const [state, setState] = useState(() => initialReviewState(outcome.rows, outcome.resumed));
  const live = useRef(state);
  const [saveError, setSaveError] = useState('');
  const dispatch = (action: ReviewAction) => {
    const before = live.current;
    live.current = reviewReducer(before, action);
    setState(live.current);
    // Autosave after every decision (and undo), so quitting at any moment loses nothing.
    if (live.current.decisions !== before.decisions) {
      services.save(live.current.decisions).then(
        () => setSaveError(''),
        (e: unknown) => setSaveError(`could not save the session: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`),
      );
    }
  };
  const [phase, setPhaseState] = useState<Phase>('review');
  const phaseRef = useRef<Phase>('review');
  const setPhase = (next: Phase) => {
    phaseRef.current = next;
    setPhaseState(next);
  };
  const [lines, setLines] = useState<ApplyLine[]>([]);
  const [result, setResult] = useState<ApplyEnd | undefined>();
  const driver = useRef<ApplyDriver | undefined>(undefined);
  const highlighted = phase === 'review' ? currentRow(state) : undefined;
  const preview = useRewritePreview(services, highlighted && { itemId: highlighted.itemId, ...effectiveTarget(highlighted, state.decisions[highlighted.itemId]) });
  const previewRef = useRef(preview);
  previewRef.current = preview;

  const startApply = async () => {
    setPhase('applying');
    try {
      const run = await services.startApply(live.current.decisions);
      const labels = labelsOf(live.current);
      const d = new ApplyDriver(run, labels, setLines);
      driver.current = d;
      setLines(d.lines);
      const ended = await d.start();
      setResult(ended);
      setPhase('summary');
      if (ended.stopped) end(130, 'stopped after the current item; progress saved, run unleak again to continue');
    } catch (e) {
      end(2, e instanceof Error ? (e.message.split('\n')[0] ?? 'apply failed') : String(e));
    }
  };

  props.keys.current = (input, key) => {
    const ctrlC = key.ctrl && input === 'c';
    const state = live.current;
    const phase = phaseRef.current;
    if (phase === 'review') {
      if (ctrlC) {
        void services.save(state.decisions).finally(() => end(130, 'decisions saved; run unleak again to resume'));
        return false;
      }
      const layout = reviewLayout(size.width, size.height);
      const page = Math.max(1, paneRows(state.focus === 'list' ? layout.listHeight : layout.detailHeight) - 1);
      const action = reviewKey(input, key, state, page);
      if (!action) return true;
      if (action.type === 'quit') {
        void services.save(state.decisions).finally(() => end(0));
        return false;
      }
      if (action.type === 'open-apply') {
        setPhase('confirm');
        return false;
      }
      dispatch(action.type === 'scroll-detail' ? { ...action, max: detailScrollMax(state, outcome.items, previewRef.current, layout.detailHeight) } : action);
      return true;
    }
    if (phase === 'confirm') {
      if (ctrlC) end(130, 'decisions saved; nothing was written');
      else if (key.escape || input === 'q') setPhase('review');
      else if (input === 'y' && applyPreview(state.rows, state.decisions).files.length > 0) void startApply();
      return false;
    }
    if (phase === 'applying') {
      const d = driver.current;
      if (!d) return false;
      if (ctrlC) {
        if (d.stopping) end(130, `exited at once; check ${d.inFlight() ?? 'the last item'} in the store and the source`);
        else d.stop();
      }
      if (input === 'r') d.retry();
      if (input === 'i') d.skip();
      return false;
    }
    if (input === 'q' || key.escape || key.return || ctrlC) end(result && result.failed > 0 ? 2 : 0);
    return false;
  };

  if (phase === 'confirm') {
    const preview = applyPreview(state.rows, state.decisions);
    return <ConfirmScreen preview={preview} target={services.targetFor(preview.writes.map((w) => w.store))} monthlyUsd={costOfDecisions(outcome.items, state.decisions).totalUsd} width={size.width} height={size.height} />;
  }
  if (phase === 'applying') return <ApplyScreen lines={lines} stopping={driver.current?.stopping ?? false} width={size.width} height={size.height} />;
  if (phase === 'summary' && result) return <SummaryScreen summary={result.summary} stopped={result.stopped} sandbox={props.sandbox} width={size.width} height={size.height} />;
  return (
    <Box flexDirection="column">
      <ReviewScreen state={saveError ? { ...state, notice: saveError } : state} items={outcome.items} {...(preview ? { preview } : {})} width={size.width} height={size.height} root={services.root} target={services.target} />
    </Box>
  );
}

/** How far the detail pane of the highlighted finding can scroll, as it is laid out now. */
function detailScrollMax(state: ReviewState, items: ScanOutcome['items'], preview: PreviewState | undefined, detailHeight: number): number {
  const row = currentRow(state);
  if (!row) return 0;
  return detailWindow(detailLines(state, items, row, preview).length, detailHeight, 0).maxScroll;
}

/** "SM shop/prod/db" per item, for the apply screen. */
function labelsOf(state: ReviewState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, d] of Object.entries(state.decisions)) {
    if (d.action !== 'migrate') continue;
    const files = [...new Set(state.rows.filter((r) => r.itemId === id).map((r) => r.file))].join(', ');
    out[id] = d.store === 'remove' ? `remove from ${files}` : `${STORE_BADGE[d.store]} ${d.name}`;
  }
  return out;
}
