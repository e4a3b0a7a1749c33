import { Box, Text } from 'ink';
import { STORE_BADGE } from '../model.js';
import type { ApplyPreview } from '../plan-view.js';
import { fit, pad, plural } from '../text.js';

/** k9s-style confirmation: exactly which writes and edits will happen; only `y` proceeds. */
export function ConfirmScreen(props: { preview: ApplyPreview; target: string; monthlyUsd: number; width: number; height: number }) {
  const { preview, width } = props;
  const lines: Array<{ text: string; bold?: boolean; dim?: boolean }> = [
    { text: `Store writes (${preview.writes.length}) → ${props.target}`, bold: true },
    ...preview.writes.map((w) => ({ text: `  ${pad(STORE_BADGE[w.store], 6)} ${w.name}` })),
    ...(preview.removals.length ? [{ text: `Removed from source, stored nowhere (${preview.removals.length})`, bold: true }] : []),
    ...preview.removals.map((r) => ({ text: `  remove ${r.files.join(', ')}` })),
    { text: `Files to edit (${preview.files.length})`, bold: true },
    ...preview.files.map((f) => ({ text: `  ${f.path} (${plural(f.findings, 'finding')})` })),
  ];
  const room = Math.max(3, props.height - 5);
  const shown = lines.length > room ? [...lines.slice(0, room - 1), { text: `  … ${lines.length - room + 1} more lines`, dim: true }] : lines;
  const nothing = preview.writes.length === 0 && preview.removals.length === 0;
  return (
    <Box flexDirection="column" width={width}>
      <Text inverse>{pad(' Apply: confirm', width)}</Text>
      {nothing ? <Text>Nothing accepted yet: press Esc, then Enter or A to accept findings.</Text> : null}
      {shown.map((l, i) => (
        <Text key={i} bold={l.bold} dimColor={l.dim}>
          {fit(l.text, width)}
        </Text>
      ))}
      <Text>{fit(`Monthly cost of these choices: $${props.monthlyUsd.toFixed(2)}`, width)}</Text>
      <Text bold color="yellow">
        {nothing ? 'Esc back' : 'y write, verify and rewrite · Esc back to review'}
      </Text>
    </Box>
  );
}
