import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../src/tui/App.js';
import { fakeServices } from './tui/fake-services.js';
import { ENTER, ESC, PAGE_DOWN, PAGE_UP, press, tick } from './tui/keys.js';
import { row, sampleRows } from './tui/fixtures.js';

vi.hoisted(() => {
  process.env.FORCE_COLOR = '0';
});
afterEach(() => cleanup());

async function until(lastFrame: () => string | undefined, text: string | RegExp, ms = 2000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const frame = lastFrame() ?? '';
    if (typeof text === 'string' ? frame.includes(text) : text.test(frame)) return frame;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; frame was:\n${frame}`);
    await tick(20);
  }
}

/** Gives the fake terminal a size and tells the app, as a real terminal does on SIGWINCH. */
function resize(stdout: NodeJS.EventEmitter, columns: number, rows: number) {
  Object.defineProperty(stdout, 'columns', { value: columns, configurable: true });
  Object.defineProperty(stdout, 'rows', { value: rows, configurable: true });
  stdout.emit('resize');
}

function mountApp(services = fakeServices(sampleRows())) {
  const exits: number[] = [];
  const app = render(<App services={services} onExit={(code) => exits.push(code)} />);
  return { ...app, services, exits };
}

describe('rewrite preview in the detail pane', () => {
  it('shows the diff of the highlighted item, asks once per item/store/name and caches it', async () => {
    const { lastFrame, stdin, services } = mountApp();
    const frame = await until(lastFrame, '+KEY=${secrets-manager:shop/prod/db}');
    expect(frame).toContain('rewrite preview (dry run)');
    expect(frame).toContain('-KEY=ab…yz');
    expect(frame).toContain('@@ -3,1 +3,1 @@');
    // the second row belongs to the same item: no new preview
    await press(stdin, 'j');
    await tick(120);
    expect(services.previewed).toEqual(['item-db secrets-manager shop/prod/db']);
    // a new store is a new rewrite
    await press(stdin, 'S');
    await until(lastFrame, '+KEY=${vault:shop/prod/db}');
    // back to the first store: served from the cache
    await press(stdin, 'u');
    await until(lastFrame, '+KEY=${secrets-manager:shop/prod/db}');
    await tick(120);
    expect(services.previewed).toEqual(['item-db secrets-manager shop/prod/db', 'item-db vault shop/prod/db']);
  });

  it('rows passed over quickly are never previewed', async () => {
    const { lastFrame, stdin, services } = mountApp();
    await until(lastFrame, 'Findings (');
    stdin.write('jjj');
    await tick(200);
    expect(services.previewed).toEqual(['item-aws remove ']);
  });

  it('a failing preview says so in one line and the session goes on', async () => {
    const services = fakeServices(sampleRows());
    services.previewRewrite = async () => {
      throw new Error('apps/shop/.env changed since the scan; re-scan\nstack');
    };
    const { lastFrame } = mountApp(services);
    const frame = await until(lastFrame, 'no preview: apps/shop/.env changed');
    expect(frame).not.toContain('stack');
  });
});

describe('store chooser', () => {
  it('s lists every store with its monthly cost for this item; j/s move, Enter sets, Esc cancels', async () => {
    const { lastFrame, stdin, services } = mountApp();
    await until(lastFrame, 'Findings (');
    await press(stdin, 's');
    const frame = await until(lastFrame, 'Store for apps/shop/.env:3');
    for (const label of ['SSM String', 'SSM SecureString', 'Secrets Manager', 'Vault KV', 'remove (no store)']) expect(frame).toContain(label);
    expect(frame).toMatch(/› Secrets Manager\s+\$0\.\d\d\/mo\s+\(current\)/);
    expect(frame).toContain('↑/↓ k/j s choose  Enter set  Esc cancel');
    await press(stdin, ESC);
    expect(lastFrame()).not.toContain('Store for');
    expect(services.saved).toEqual([]);
    await press(stdin, 's', 's', 'k', 'k', ENTER);
    expect(lastFrame()).toContain('Migrate → SSM SecureString');
    expect(services.saved.at(-1)).toEqual({ 'item-db': { action: 'migrate', store: 'ssm-secure', name: '/shop/prod/db' } });
  });
});

describe('scrolling', () => {
  /** An item whose detail (context + preview) is taller than a small terminal's pane. */
  function tallRows() {
    const context = Array.from({ length: 9 }, (_, i) => ({ line: i + 1, text: `LINE_${i + 1}=ab…yz` }));
    const rows = Array.from({ length: 40 }, (_, i) => row({ id: `r${i}`, itemId: `item-${i}`, file: `f${Math.floor(i / 5)}.env`, line: 5, context }));
    return rows;
  }

  it('Tab then PgDn/PgUp and J/K scroll the detail pane; the list pages with PgDn', async () => {
    const { lastFrame, stdin, stdout } = mountApp(fakeServices(tallRows()));
    await until(lastFrame, 'Findings (');
    resize(stdout, 100, 16);
    const first = await until(lastFrame, /lines 1–\d+ of \d+/);
    expect(first).toContain('f0.env:5');
    await press(stdin, '\t', PAGE_DOWN);
    const paged = lastFrame() ?? '';
    expect(paged).not.toMatch(/lines 1–/);
    expect(paged).toMatch(/lines \d+–\d+ of \d+/);
    await press(stdin, PAGE_UP);
    expect(lastFrame()).toMatch(/lines 1–\d+ of \d+/);
    await press(stdin, 'J', 'J');
    expect(lastFrame()).toMatch(/lines 3–\d+ of \d+/);
    // scrolling stops at the end instead of running off (K then shows the line before the last window)
    await press(stdin, 'G');
    const end = lastFrame() ?? '';
    const [, from, to, total] = /lines (\d+)–(\d+) of (\d+)/.exec(end) ?? [];
    expect(Number(to)).toBe(Number(total));
    await press(stdin, 'K');
    expect(lastFrame()).toContain(`lines ${Number(from) - 1}–`);
    // back in the list, PgDn moves the highlight a page
    await press(stdin, '\t', PAGE_DOWN);
    expect(lastFrame()).toMatch(/›.*:5\b/);
    expect(lastFrame()).not.toContain('f0.env:5');
  });
});

describe('resize', () => {
  it('re-lays out on resize: side by side at 100 columns, stacked at 60, the footer cut to the width', async () => {
    const { lastFrame, stdout } = mountApp();
    await until(lastFrame, 'Findings (');
    resize(stdout, 100, 24);
    const wide = await until(lastFrame, 'Findings (');
    const wideLine = wide.split('\n').find((l) => l.includes('Findings (')) ?? '';
    expect(wideLine).toMatch(/Findings \(4\).*│.*apps\/shop\/\.env:3/);
    resize(stdout, 60, 30);
    await tick(60);
    const narrow = lastFrame() ?? '';
    const lines = narrow.split('\n');
    const listTitle = lines.findIndex((l) => l.includes('Findings ('));
    const detailTitle = lines.findIndex((l) => l.includes('apps/shop/.env:3'));
    expect(listTitle).toBeGreaterThanOrEqual(0);
    expect(detailTitle).toBeGreaterThan(listTitle);
    expect(lines[listTitle]).not.toContain('apps/shop/.env:3');
    for (const l of lines) expect(Array.from(l).length).toBeLessThanOrEqual(60);
  });
});

describe('scan progress', () => {
  it('a scan shorter than ~200 ms never shows the progress screen', async () => {
    const { lastFrame, frames } = mountApp();
    await until(lastFrame, 'Findings (');
    expect(frames.some((f) => f.includes('Scanning'))).toBe(false);
  });

  it('a longer scan does show it', async () => {
    const services = fakeServices(sampleRows(), { holdScan: true });
    const { lastFrame, frames } = mountApp(services);
    await until(lastFrame, 'Scanning /repo', 2000);
    services.release();
    await until(lastFrame, 'Findings (');
    expect(frames.filter((f) => f.includes('Scanning')).length).toBeGreaterThan(0);
  });
});
