import { Box, Text } from 'ink';
import type { ScanProgressView } from '../services.js';
import { formatBytes, formatElapsed, plural } from '../text.js';

/** A bar that sweeps while the scan runs: the total is unknown until the walk ends. */
function sweep(elapsedMs: number, width: number): string {
  const block = Math.max(3, Math.floor(width / 6));
  const span = width - block;
  const step = Math.floor(elapsedMs / 80) % (2 * span || 1);
  const at = step <= span ? step : 2 * span - step;
  return '░'.repeat(at) + '█'.repeat(block) + '░'.repeat(Math.max(0, span - at));
}

export function ScanningScreen(props: { root: string; progress: ScanProgressView; elapsedMs: number; width: number }) {
  const { progress, elapsedMs } = props;
  const barWidth = Math.max(10, Math.min(60, props.width - 4));
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>
        {progress.stage === 'history' ? 'Reading git history of' : 'Scanning'} {props.root}
      </Text>
      <Text color="cyan">{sweep(elapsedMs, barWidth)}</Text>
      <Text>
        {plural(progress.files, 'file')} · {formatBytes(progress.bytes)} · {plural(progress.findings, 'finding')} so far · {formatElapsed(elapsedMs)}
      </Text>
      <Text dimColor>Esc / q / Ctrl-C cancel</Text>
    </Box>
  );
}
