import { Box, Text } from 'ink';
import { STORE_BADGE, STORE_CYCLE } from '../model.js';
import type { ApplySummary } from '../services.js';
import { fit, pad, plural } from '../text.js';

type Line = { text: string; bold?: boolean; color?: string; dim?: boolean };

/** What moved where, what changed, what it costs, what to do next; long lists are cut to fit, the report has all. */
export function SummaryScreen(props: { summary: ApplySummary; stopped: boolean; sandbox: boolean; width: number; height: number }) {
  const { summary: s, width } = props;
  const perStore = STORE_CYCLE.map((store) => [store, s.moved.filter((m) => m.store === store).length] as const).filter(([, n]) => n > 0);
  const added = s.files.reduce((n, f) => n + f.added, 0);
  const removed = s.files.reduce((n, f) => n + f.removed, 0);
  const fixed: Line[] = [
    { text: `Moved ${plural(s.moved.length, 'item')}: ${perStore.map(([store, n]) => `${STORE_BADGE[store]} ${n}`).join(' · ') || 'none'}${s.removed ? ` · ${s.removed} removed from the source` : ''}`, bold: true },
    { text: `Files changed (${s.files.length}): +${added} -${removed}`, bold: true },
    { text: `Monthly cost: $${s.monthlyUsd.toFixed(2)}`, bold: true },
    ...(s.policies.length ? [{ text: `Policies written: ${s.policies.join(', ')}` }] : []),
    ...(s.rotate.length ? [{ text: `Rotate (${s.rotate.length}), they were exposed in the source: ${s.rotate.join(', ')}`, color: 'yellow' }] : []),
    ...s.notes.slice(0, 2).map((n) => ({ text: n, dim: true })),
    ...(s.reportPath ? [{ text: `Report: ${s.reportPath}` }] : []),
    ...(props.sandbox
      ? [
          { text: 'This ran on a copy of the example, against the embedded sandbox. On your repository:' },
          { text: '  cd your-repo && AWS_PROFILE=… AWS_REGION=… unleak   (Vault: VAULT_ADDR=… VAULT_TOKEN=…)' },
        ]
      : []),
  ];
  // Whatever room is left lists the moved items and the changed files.
  const room = Math.max(0, props.height - fixed.length - 3);
  const movedRoom = Math.ceil(room / 2);
  const details: Line[] = [
    ...s.moved.slice(0, movedRoom).map((m) => ({ text: `  ${pad(STORE_BADGE[m.store], 6)} ${m.name}${m.members > 1 ? ` (${m.members} values)` : ''}` })),
    ...(s.moved.length > movedRoom ? [{ text: `  … ${s.moved.length - movedRoom} more in the report`, dim: true }] : []),
  ];
  const filesRoom = Math.max(0, room - details.length);
  const fileLines: Line[] = [
    ...s.files.slice(0, filesRoom).map((f) => ({ text: `  ${f.path}  +${f.added} -${f.removed}` })),
    ...(s.files.length > filesRoom && filesRoom > 0 ? [{ text: `  … ${s.files.length - filesRoom} more files`, dim: true }] : []),
  ].slice(0, filesRoom);
  const lines = [fixed[0] as Line, ...details, fixed[1] as Line, ...fileLines, ...fixed.slice(2)];
  return (
    <Box flexDirection="column" width={width}>
      <Text inverse>{pad(props.stopped ? ' Stopped: progress saved; run unleak again to continue' : ' Done', width)}</Text>
      {lines.map((l, i) => (
        <Text key={i} bold={l.bold} color={l.color} dimColor={l.dim}>
          {fit(l.text, width)}
        </Text>
      ))}
      <Text dimColor>q quit</Text>
    </Box>
  );
}
