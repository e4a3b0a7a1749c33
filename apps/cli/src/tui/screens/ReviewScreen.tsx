import { basename } from 'node:path';
import { Box, Text } from 'ink';
import type { MigrationItem } from '@unleak/classifier';
import { costOfDecisions, usd } from '../cost.js';
import { detailLines } from '../detail-lines.js';
import { CHOOSER_FOOTER, DETAIL_FOOTER, REVIEW_KEYS } from '../keys.js';
import { detailWindow, reviewLayout } from '../layout.js';
import { SENSITIVITY_COLOR, SENSITIVITY_GLYPH, STORE_BADGE, STORE_CYCLE, type Decision, type ReviewRow, type ReviewState } from '../model.js';
import type { PreviewState } from '../rewrite-preview.js';
import { effectiveTarget, groupKeyOf, tally, visibleRows } from '../selectors.js';
import { storeChoices } from '../store-chooser.js';
import { fit, fitStart, pad, plural } from '../text.js';

export interface ReviewScreenProps {
  state: ReviewState;
  items: readonly MigrationItem[];
  width: number;
  height: number;
  root: string;
  target: string;
  /** The rewrite preview of the highlighted item, when the session has asked for it. */
  preview?: PreviewState;
}

/** Layout only: the list, the detail pane, the input line and the footer. State comes from the reducer. */
export function ReviewScreen({ state, items, width, height, root, target, preview }: ReviewScreenProps) {
  const rows = visibleRows(state);
  const current = rows[state.cursor];
  const { sideBySide, bodyHeight, listWidth, detailWidth, listHeight, detailHeight } = reviewLayout(width, height);
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
          {state.overlay === 'store' ? (
            <StoreChooser state={state} items={items} row={current} width={detailWidth} height={detailHeight} />
          ) : (
            <DetailPane state={state} items={items} row={current} preview={preview} width={detailWidth} height={detailHeight} focused={state.focus === 'detail'} />
          )}
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

function DetailPane(props: { state: ReviewState; items: readonly MigrationItem[]; row: ReviewRow | undefined; preview: PreviewState | undefined; width: number; height: number; focused: boolean }) {
  const { state, row, width, height } = props;
  const inner = width - 2;
  if (!row) {
    return (
      <Box flexDirection="column" width={width} height={height} borderStyle="round" borderColor="gray">
        <Text dimColor>nothing selected</Text>
      </Box>
    );
  }
  const lines = detailLines(state, props.items, row, props.preview);
  const view = detailWindow(lines.length, height, state.detailScroll);
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="round" borderColor={props.focused ? 'cyan' : 'gray'}>
      {lines.slice(view.start, view.end).map((l, i) => (
        <Text key={i} color={l.color} bold={l.bold} dimColor={l.dim} wrap="truncate-end">
          {fit(l.text, inner)}
        </Text>
      ))}
      {view.overflow ? <Text dimColor>{fit(`lines ${view.start + 1}–${view.end} of ${lines.length} · J/K or Tab then PgUp/PgDn scroll`, inner)}</Text> : null}
    </Box>
  );
}

function StoreChooser(props: { state: ReviewState; items: readonly MigrationItem[]; row: ReviewRow | undefined; width: number; height: number }) {
  const { state, row, width } = props;
  const inner = width - 2;
  if (!row) return null;
  const choices = storeChoices(row, state.decisions[row.itemId], props.items);
  const marked = state.marked.length;
  return (
    <Box flexDirection="column" width={width} height={props.height} borderStyle="round" borderColor="cyan">
      <Text bold>{fit(marked ? `Store for ${plural(marked, 'marked item')}` : `Store for ${row.file}:${row.line}`, inner)}</Text>
      {choices.map((c, i) => (
        <Text key={c.store} inverse={i === state.chooser} wrap="truncate-end">
          {fit(`${i === state.chooser ? '›' : ' '} ${pad(c.label, 18)} ${pad(`${usd(c.monthlyUsd)}/mo`, 10)}${c.current ? ' (current)' : ''}`, inner)}
        </Text>
      ))}
      <Text dimColor>{fit(choices[state.chooser]?.name ? `name: ${choices[state.chooser]?.name}` : 'no name: the value leaves the source', inner)}</Text>
      <Text dimColor>{fit(CHOOSER_FOOTER, inner)}</Text>
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
  const keys = state.overlay === 'store' ? CHOOSER_FOOTER : state.focus === 'detail' ? DETAIL_FOOTER : REVIEW_KEYS.filter((k) => k.footer).map((k) => `${k.keys} ${k.does.split(' ')[0]}`).join('  ');
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
