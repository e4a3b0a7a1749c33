/** Where the review screen's panes go for a terminal of `width` × `height`: side by side from 80 columns, else stacked. */
export interface ReviewLayout {
  sideBySide: boolean;
  bodyHeight: number;
  listWidth: number;
  listHeight: number;
  detailWidth: number;
  detailHeight: number;
}

/** Rows the review screen uses outside its panes: the top bar, the input line and the two footer lines. */
const CHROME_ROWS = 5;

export function reviewLayout(width: number, height: number): ReviewLayout {
  const sideBySide = width >= 80;
  const bodyHeight = Math.max(4, height - CHROME_ROWS);
  const listWidth = sideBySide ? Math.floor(width * 0.5) : width;
  const listHeight = sideBySide ? bodyHeight : Math.max(3, Math.floor(bodyHeight / 2));
  return {
    sideBySide,
    bodyHeight,
    listWidth,
    listHeight,
    detailWidth: sideBySide ? width - listWidth - 1 : width,
    detailHeight: sideBySide ? bodyHeight : bodyHeight - listHeight,
  };
}

/** Rows a pane of `height` shows inside its border. */
export function paneRows(height: number): number {
  return Math.max(0, height - 2);
}

/**
 * The detail pane's window on `total` lines: when they overflow, the last row says where the window is, so
 * one row fewer holds content. `scroll` is clamped to what can be shown.
 */
export function detailWindow(total: number, height: number, scroll: number): { start: number; end: number; overflow: boolean; maxScroll: number } {
  const rows = paneRows(height);
  const overflow = total > rows;
  const shown = overflow ? Math.max(1, rows - 1) : rows;
  const maxScroll = Math.max(0, total - shown);
  const start = Math.max(0, Math.min(scroll, maxScroll));
  return { start, end: Math.min(total, start + shown), overflow, maxScroll };
}
