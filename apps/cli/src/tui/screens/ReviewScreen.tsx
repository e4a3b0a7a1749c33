import { basename } from 'node:path';
import { Box, Text } from 'ink';
import type { MigrationItem } from '@unleak/classifier';
import { costOfDecisions, usd } from '../cost.js';
import { DETAIL_FOOTER, REVIEW_KEYS } from '../keys.js';
import { SENSITIVITY_COLOR, SENSITIVITY_GLYPH, STORE_ACTION, STORE_BADGE, STORE_CYCLE, type Decision, type ReviewRow, type ReviewState } from '../model.js';
import { effectiveTarget, groupKeyOf, itemMembers, tally, visibleRows } from '../selectors.js';
import { fit, fitStart, pad, plural } from '../text.js';

export interface ReviewScreenProps {
  state: ReviewState;
  items: readonly MigrationItem[];
  width: number;
  height: number;
  root: string;
  target: string;
}

/** Layout only: the list, the detail pane, the input line and the footer. State comes from the reducer. */
export function ReviewScreen({ state, items, width, height, root, target }: ReviewScreenProps) {
  const rows = visibleRows(state);
  const current = rows[state.cursor];
  const sideBySide = width >= 80;
  const bodyHeight = Math.max(4, height - 5);
  const listWidth = sideBySide ? Math.floor(width * 0.5) : width;
  const detailWidth = sideBySide ? width - listWidth - 1 : width;
  const listHeight = sideBySide ? bodyHeight : Math.max(3, Math.floor(bodyHeight / 2));
  const detailHeight = sideBySide ? bodyHeight : bodyHeight - listHeight;
  const counts = tally(state);
  return (
    <Box flexDirection="column" width={width}>
      <TopBar root={root} target={target} width={width} counts={`${counts.pending} pending`} />
      {state.overlay === 'help' ? (
        <HelpOverlay height={bodyHeight} />
      ) : (
        <Box flexDirection={sideBySide ? 'row' : 'column'} height={bodyHeight}>
          <ListPane state={state} rows={rows} width={listWidth} height={listHeight} focused={state.focus === 'list'} />
          {sideBySide ? <Box width={1} /> : null}
          <DetailPane state={state} items={items} row={current} width={detailWidth} height={detailHeight} focused={state.focus === 'detail'} />
        </Box>
      )}
      <InputLine state={state} width={width} />
      <Footer state={state} items={items} width={width} />
    </Box>
  );
}

function TopBar(props: { root: string; target: string; counts: string; width: number }) {
  return (
    <Text inverse>
      {pad(` unleak · ${basename(props.root)} → ${props.target} · ${props.counts}`, props.width)}
    </Text>
  );
}

type Line = { header: string } | { row: ReviewRow; index: number };

function ListPane(props: { state: ReviewState; rows: ReviewRow[]; width: number; height: number; focused: boolean }) {
  const { state, rows, width, height } = props;
  const lines: Line[] = [];
  let last: string | undefined;
  rows.forEach((row, index) => {
    const key = groupKeyOf(row, state.grouping);
    if (key !== last) lines.push({ header: key });
    last = key;
    lines.push({ row, index });
  });
  const inner = height - 2;
  const at = Math.max(0, lines.findIndex((l) => 'row' in l && l.index === state.cursor));
  const start = Math.max(0, Math.min(at - Math.floor(inner / 2), lines.length - inner));
  const shown = lines.slice(start, start + inner);
  const title = `Findings (${rows.length}${state.filter ? ` matching '${state.filter}'` : ''}) by ${state.grouping}`;
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="round" borderColor={props.focused ? 'cyan' : 'gray'}>
      <Text bold>{fit(title, width - 2)}</Text>
      {rows.length === 0 ? <Text dimColor>{state.filter ? 'nothing matches; / to change the filter' : 'no findings'}</Text> : null}
      {shown.slice(0, Math.max(0, inner - 1)).map((line, i) =>
        'header' in line ? (
          <Text key={`h${i}`} bold color="blue">{fitStart(line.header, width - 2)}</Text>
        ) : (
          <RowLine key={line.row.id} row={line.row} decision={state.decisions[line.row.itemId]} selected={line.index === state.cursor} marked={state.marked.includes(line.row.itemId)} width={width - 2} />
        ),
      )}
    </Box>
  );
}

const STATUS: Record<Decision['action'] | 'pending', string> = { migrate: '✓', skip: '–', 'not-secret': '✗', pending: ' ' };

function RowLine(props: { row: ReviewRow; decision: Decision | undefined; selected: boolean; marked: boolean; width: number }) {
  const { row, decision } = props;
  const store = effectiveTarget(row, decision).store;
  const badge = decision?.action === 'skip' ? 'skip' : decision?.action === 'not-secret' ? 'ignore' : STORE_BADGE[store];
  const prefix = `${props.selected ? '›' : ' '}${props.marked ? '*' : ' '}${STATUS[decision?.action ?? 'pending']}`;
  const rest = ` ${pad(badge, 6)} ${row.rule} ${row.redacted} :${row.line}`;
  return (
    <Text inverse={props.selected} wrap="truncate-end">
      {prefix}
      <Text color={SENSITIVITY_COLOR[row.sensitivity]}>{SENSITIVITY_GLYPH[row.sensitivity]}</Text>
      {fit(rest, props.width - 4)}
    </Text>
  );
}

function DetailPane(props: { state: ReviewState; items: readonly MigrationItem[]; row: ReviewRow | undefined; width: number; height: number; focused: boolean }) {
  const { state, row, width, height } = props;
  const inner = width - 2;
  if (!row) {
    return (
      <Box flexDirection="column" width={width} height={height} borderStyle="round" borderColor="gray">
        <Text dimColor>nothing selected</Text>
      </Box>
    );
  }
  const decision = state.decisions[row.itemId];
  const target = effectiveTarget(row, decision);
  const members = itemMembers(state.rows, row.itemId);
  const status = !decision ? 'pending' : decision.action === 'migrate' ? 'accepted' : decision.action === 'skip' ? 'skipped for now' : 'not a secret (→ baseline)';
  const item = props.items.filter((i) => i.id === row.itemId);
  const itemCost = costOfDecisions(item, { [row.itemId]: { action: 'migrate', ...target } }).totalUsd;
  const flags = [row.rotation.needed ? `rotate: ${row.rotation.note || 'needed'}` : '', row.exposure ? `exposed: ${row.exposure}` : ''].filter(Boolean);
  const lines: Array<{ text: string; color?: string; bold?: boolean; dim?: boolean }> = [
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
  ];
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="round" borderColor={props.focused ? 'cyan' : 'gray'}>
      {lines.slice(0, Math.max(0, height - 2)).map((l, i) => (
        <Text key={i} color={l.color} bold={l.bold} dimColor={l.dim} wrap="truncate-end">
          {fit(l.text, inner)}
        </Text>
      ))}
    </Box>
  );
}

function InputLine({ state, width }: { state: ReviewState; width: number }) {
  if (state.overlay === 'filter') return <Text color="cyan">{fit(`filter (path, rule, sensitivity): ${state.draft}▏  Enter apply · Esc cancel`, width)}</Text>;
  if (state.overlay === 'rename') return <Text color="cyan">{fit(`name: ${state.draft}▏  Enter save · Esc cancel`, width)}</Text>;
  return <Text color="green">{fit(state.notice || ' ', width)}</Text>;
}

function Footer({ state, items, width }: { state: ReviewState; items: readonly MigrationItem[]; width: number }) {
  const counts = tally(state);
  const cost = costOfDecisions(items, state.decisions);
  const perStore = STORE_CYCLE.filter((s) => counts.byStore[s]).map((s) => `${STORE_BADGE[s]} ${counts.byStore[s]}`);
  const others = [`${counts.pending} pending`, counts.skipped ? `${counts.skipped} skipped` : '', counts.notSecret ? `${counts.notSecret} not secret` : '', state.marked.length ? `${plural(state.marked.length, 'item')} marked` : ''];
  const summary = `${perStore.length ? perStore.join(' · ') : 'nothing accepted yet'} · ${usd(cost.totalUsd)}/month │ ${others.filter(Boolean).join(' · ')}`;
  const keys = state.focus === 'detail' ? DETAIL_FOOTER : REVIEW_KEYS.filter((k) => k.footer).map((k) => `${k.keys} ${k.does.split(' ')[0]}`).join('  ');
  return (
    <Box flexDirection="column">
      <Text bold>{fit(summary, width)}</Text>
      <Text dimColor>{fit(keys, width)}</Text>
    </Box>
  );
}

function HelpOverlay({ height }: { height: number }) {
  const oneColumn = REVIEW_KEYS.length + 1 <= height;
  const columns = oneColumn ? [REVIEW_KEYS] : [REVIEW_KEYS.slice(0, Math.ceil(REVIEW_KEYS.length / 2)), REVIEW_KEYS.slice(Math.ceil(REVIEW_KEYS.length / 2))];
  return (
    <Box flexDirection="column" height={height} paddingX={1}>
      <Text bold inverse>
        {' Keys (Esc closes) '}
      </Text>
      <Box flexDirection="row">
        {columns.map((column, c) => (
          <Box key={c} flexDirection="column" marginRight={2}>
            {column.map((k) => (
              <Text key={k.keys} wrap="truncate-end">
                {pad(k.keys, 8)} {k.does}
              </Text>
            ))}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
