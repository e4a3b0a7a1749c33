import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { ReviewScreen } from '../src/tui/screens/ReviewScreen.js';
import { ScanningScreen } from '../src/tui/screens/ScanningScreen.js';
import { ConfirmScreen } from '../src/tui/screens/ConfirmScreen.js';
import { ApplyScreen } from '../src/tui/screens/ApplyScreen.js';
import { SummaryScreen } from '../src/tui/screens/SummaryScreen.js';
import { initialReviewState, reviewReducer } from '../src/tui/reducer.js';
import { applyPreview } from '../src/tui/plan-view.js';
import { itemsOf } from './tui/fake-services.js';
import { sampleRows } from './tui/fixtures.js';

vi.hoisted(() => {
  process.env.FORCE_COLOR = '0';
});
afterEach(() => cleanup());

describe('screens (layout only)', () => {
  it('scanning shows files, bytes, findings and elapsed time', () => {
    const { lastFrame } = render(<ScanningScreen root="/repo" progress={{ files: 12, bytes: 4096, findings: 3 }} elapsedMs={1500} width={80} />);
    expect(lastFrame()).toContain('12 files · 4.0 KB · 3 findings so far · 1.5s');
    expect(lastFrame()).toContain('Esc / q / Ctrl-C cancel');
  });

  it('review lists findings grouped by file with badges, and the detail of the highlighted one', () => {
    const rows = sampleRows();
    const state = reviewReducer(initialReviewState(rows), { type: 'cycle-store' });
    const { lastFrame } = render(<ReviewScreen state={state} items={itemsOf(rows)} width={100} height={24} root="/repo" target="sandbox" />);
    const frame = lastFrame() ?? '';
    expect(frame).toContain('apps/shop/.env');
    expect(frame).toContain('infra/main.tf');
    expect(frame).toContain('Vault');
    expect(frame).toContain('SSM🔒');
    expect(frame).toContain('remove');
    expect(frame).toContain('Migrate → Vault KV');
    expect(frame).toContain('name: shop/prod/db');
    expect(frame).toContain('group (2)');
    expect(frame).toContain('cost: $0.00/month in this store');
    expect(frame).toMatch(/Vault 1 · \$0\.00\/month/);
    expect(frame).toContain('Enter accept');
    expect(frame.split('\n').length).toBeLessThanOrEqual(24);
  });

  it('fits 80×24 and stacks the panes on a narrow terminal', () => {
    const rows = sampleRows();
    const wide = render(<ReviewScreen state={initialReviewState(rows)} items={itemsOf(rows)} width={80} height={24} root="/repo" target="sandbox" />);
    const lines = (wide.lastFrame() ?? '').split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    expect(Math.max(...lines.map((l) => Array.from(l).length))).toBeLessThanOrEqual(81);
    const narrow = render(<ReviewScreen state={initialReviewState(rows)} items={itemsOf(rows)} width={60} height={24} root="/repo" target="sandbox" />);
    const frame = narrow.lastFrame() ?? '';
    expect(frame.indexOf('Findings')).toBeLessThan(frame.indexOf('Migrate →'));
    expect(frame.split('\n').length).toBeLessThanOrEqual(24);
  });

  it('help overlay lists every key', () => {
    const rows = sampleRows();
    const state = reviewReducer(initialReviewState(rows), { type: 'open-help' });
    const { lastFrame } = render(<ReviewScreen state={state} items={itemsOf(rows)} width={80} height={24} root="/repo" target="sandbox" />);
    for (const k of ['Enter', 'Space', 'undo', 'not a secret', 'accept all visible', 'apply', 'quit']) expect(lastFrame()).toContain(k);
  });

  it('confirmation lists each store write and each file to edit', () => {
    const rows = sampleRows();
    const state = reviewReducer(initialReviewState(rows), { type: 'accept-all-visible' });
    const { lastFrame } = render(<ConfirmScreen preview={applyPreview(rows, state.decisions)} target="sandbox" monthlyUsd={0.4} width={80} height={24} />);
    const frame = lastFrame() ?? '';
    expect(frame).toContain('Store writes (2)');
    expect(frame).toContain('SM     shop/prod/db');
    expect(frame).toMatch(/SSM🔒 +\/shop\/prod\/stripe-key/);
    expect(frame).toContain('remove infra/main.tf');
    expect(frame).toContain('apps/shop/.env (2 findings)');
    expect(frame).toContain('y write, verify and rewrite · Esc back');
  });

  it('apply shows the step in flight and a failure with retry/skip', () => {
    const { lastFrame } = render(
      <ApplyScreen
        lines={[
          { itemId: 'a', label: 'SM shop/prod/db', status: { state: 'done', detail: 'created' } },
          { itemId: 'b', label: 'SSM🔒 /shop/k', status: { state: 'running', step: 'verify' } },
          { itemId: 'c', label: 'Vault x', status: { state: 'failed', error: 'permission denied on secret/data/x; grant create' } },
        ]}
        stopping={false}
        width={80}
        height={24}
      />,
    );
    expect(lastFrame()).toContain('write → [verify] → rewrite');
    expect(lastFrame()).toContain('permission denied');
    expect(lastFrame()).toContain('r retry · i skip');
  });

  it('summary says what moved, files changed, cost, policies, rotation and the report', () => {
    const { lastFrame } = render(
      <SummaryScreen
        summary={{ moved: [{ store: 'secrets-manager', name: 'shop/prod/db', members: 2 }], removed: 1, files: [{ path: 'apps/shop/.env', added: 2, removed: 2 }], monthlyUsd: 0.4, policies: ['.unleak/policies/shop.iam.json'], rotate: ['infra/main.tf:5'], reportPath: 'unleak-report.md', notes: [] }}
        stopped={false}
        sandbox
        width={100}
        height={30}
      />,
    );
    const frame = lastFrame() ?? '';
    for (const text of ['Moved 1 item: SM 1 · 1 removed', 'shop/prod/db (2 values)', 'Files changed (1): +2 -2', 'apps/shop/.env  +2 -2', 'Monthly cost: $0.40', 'shop.iam.json', 'infra/main.tf:5', 'Report: unleak-report.md', 'AWS_PROFILE']) expect(frame).toContain(text);
  });
});
