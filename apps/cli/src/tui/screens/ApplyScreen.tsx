import { Box, Text } from 'ink';
import { APPLY_STEPS, type ApplyStep } from '../services.js';
import { fit, pad } from '../text.js';

export type ItemStatus =
  | { state: 'waiting' }
  | { state: 'running'; step: ApplyStep }
  | { state: 'done'; detail: string }
  | { state: 'failed'; error: string }
  | { state: 'skipped' };

export interface ApplyLine {
  itemId: string;
  label: string;
  status: ItemStatus;
}

const MARK: Record<ItemStatus['state'], string> = { waiting: '·', running: '›', done: '✓', failed: '✗', skipped: '–' };

/** Per-item progress: write → verify → rewrite; a failure waits for r (retry) or i (skip). */
export function ApplyScreen(props: { lines: ApplyLine[]; stopping: boolean; width: number; height: number }) {
  const { lines, width } = props;
  const done = lines.filter((l) => l.status.state === 'done').length;
  const failed = lines.find((l) => l.status.state === 'failed');
  const focus = Math.max(0, lines.findIndex((l) => l.status.state === 'running' || l.status.state === 'failed'));
  const room = Math.max(3, props.height - 4);
  const start = Math.max(0, Math.min(focus - Math.floor(room / 2), lines.length - room));
  return (
    <Box flexDirection="column" width={width}>
      <Text inverse>{pad(` Applying: ${done}/${lines.length} done`, width)}</Text>
      {lines.slice(start, start + room).map((l) => (
        <Text key={l.itemId} color={l.status.state === 'failed' ? 'red' : l.status.state === 'done' ? 'green' : undefined}>
          {fit(`${MARK[l.status.state]} ${l.label}  ${describe(l.status)}`, width)}
        </Text>
      ))}
      {failed && failed.status.state === 'failed' ? (
        <Text color="red">{fit(`${failed.label}: ${failed.status.error}`, width)}</Text>
      ) : null}
      <Text dimColor>
        {props.stopping ? 'stopping after the current item… (Ctrl-C again to exit now)' : failed ? 'r retry · i skip this item · Ctrl-C stop' : 'Ctrl-C stop after the current item'}
      </Text>
    </Box>
  );
}

function describe(status: ItemStatus): string {
  if (status.state === 'running') return APPLY_STEPS.map((s) => (s === status.step ? `[${s}]` : s)).join(' → ');
  if (status.state === 'done') return status.detail;
  if (status.state === 'failed') return 'failed';
  if (status.state === 'skipped') return 'skipped';
  return '';
}
