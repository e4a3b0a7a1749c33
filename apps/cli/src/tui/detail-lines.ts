import type { MigrationItem } from '@unleak/classifier';
import { costOfDecisions, usd } from './cost.js';
import type { PreviewState } from './rewrite-preview.js';
import { SENSITIVITY_COLOR, STORE_ACTION, type ReviewRow, type ReviewState } from './model.js';
import { effectiveTarget, itemMembers } from './selectors.js';

export interface DetailLine {
  text: string;
  color?: string;
  bold?: boolean;
  dim?: boolean;
}

/** Diff lines coloured as `git diff` does; the preview shows the redacted value on removed lines. */
function diffLine(line: string): DetailLine {
  if (line.startsWith('@@')) return { text: line, color: 'cyan' };
  if (line.startsWith('---') || line.startsWith('+++')) return { text: line, bold: true };
  if (line.startsWith('+')) return { text: line, color: 'green' };
  if (line.startsWith('-')) return { text: line, color: 'red' };
  return { text: line, dim: true };
}

function previewLines(preview: PreviewState | undefined): DetailLine[] {
  if (!preview) return [];
  const heading: DetailLine = { text: 'rewrite preview (dry run)', bold: true };
  if (preview.status === 'loading') return [heading, { text: 'computing…', dim: true }];
  if (preview.status === 'failed') return [heading, { text: `no preview: ${preview.error}`, color: 'yellow' }];
  const { diff, manual } = preview.preview;
  return [
    heading,
    ...(diff.length === 0 ? [{ text: 'no change to the source', dim: true }] : diff.map(diffLine)),
    ...manual.map((m) => ({ text: `manual: ${m}`, color: 'yellow' })),
  ];
}

/** Everything the detail pane can show for `row`, top to bottom; the pane shows a window of it. */
export function detailLines(state: ReviewState, items: readonly MigrationItem[], row: ReviewRow, preview?: PreviewState): DetailLine[] {
  const decision = state.decisions[row.itemId];
  const target = effectiveTarget(row, decision);
  const members = itemMembers(state.rows, row.itemId);
  const status = !decision ? 'pending' : decision.action === 'migrate' ? 'accepted' : decision.action === 'skip' ? 'skipped for now' : 'not a secret (→ baseline)';
  const item = items.filter((i) => i.id === row.itemId);
  const itemCost = costOfDecisions(item, { [row.itemId]: { action: 'migrate', ...target } }).totalUsd;
  const flags = [row.rotation.needed ? `rotate: ${row.rotation.note || 'needed'}` : '', row.exposure ? `exposed: ${row.exposure}` : ''].filter(Boolean);
  return [
    { text: `${row.file}:${row.line}`, bold: true },
    { text: `${row.rule} · ${row.kind} · ${row.redacted}`, color: SENSITIVITY_COLOR[row.sensitivity] },
    { text: `${row.sensitivity} · ${status}` },
    ...row.context.map((c) => ({ text: `${String(c.line).padStart(4)}${c.line === row.line ? '▶' : ' '}${c.text}`, dim: c.line !== row.line })),
    { text: `${STORE_ACTION[target.store]}`, bold: true },
    ...(target.name ? [{ text: `name: ${target.name}` }] : []),
    { text: `cost: ${usd(itemCost)}/month in this store`, dim: true },
    { text: `why: ${row.reason}`, dim: true },
    ...(members.length > 1 ? [{ text: `group (${members.length}): ${members.map((m) => `${m.kind} :${m.line}`).join(', ')}` }] : []),
    ...flags.map((f) => ({ text: f, color: 'yellow' })),
    ...previewLines(preview),
  ];
}
