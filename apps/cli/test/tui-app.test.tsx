import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../src/tui/App.js';
import { fakeServices } from './tui/fake-services.js';
import { CTRL_C, ENTER, ESC, press, tick } from './tui/keys.js';
import { sampleRows } from './tui/fixtures.js';

vi.hoisted(() => {
  process.env.FORCE_COLOR = '0';
});
afterEach(() => cleanup());

/** The review screen is up and its key handler subscribed. */
async function reviewReady(app: { lastFrame(): string | undefined }) {
  for (let i = 0; i < 100 && !(app.lastFrame() ?? '').includes('Findings ('); i++) await tick(20);
  await tick(40);
}

function mountApp(services = fakeServices(sampleRows())) {
  const exits: Array<{ code: number; message?: string }> = [];
  const app = render(<App services={services} onExit={(code, message) => exits.push({ code, ...(message ? { message } : {}) })} />);
  return { ...app, services, exits };
}

describe('session (keys → screens)', () => {
  it('shows scan progress and cancels with Esc (exit 130, nothing written)', async () => {
    const { lastFrame, stdin, exits, services } = mountApp(fakeServices(sampleRows(), { holdScan: true }));
    for (let i = 0; i < 50 && !(lastFrame() ?? '').includes('3 files'); i++) await tick(20);
    await tick(60);
    expect(lastFrame()).toContain('3 files · 2.0 KB · 4 findings so far');
    await press(stdin, ESC);
    await tick(60);
    expect(exits).toEqual([{ code: 130, message: 'scan cancelled; nothing was written' }]);
    expect(services.saved).toEqual([]);
  });

  it('a scan error ends the session with exit 2 and the whole message', async () => {
    const services = fakeServices(sampleRows());
    services.scan = async () => {
      throw new Error('unleak.yaml: 2 problems:\n  - routing.rules[0].store: bad\n  - naming.ssm: bad');
    };
    const { exits } = mountApp(services);
    await tick(100);
    expect(exits).toEqual([{ code: 2, message: 'unleak.yaml: 2 problems:\n  - routing.rules[0].store: bad\n  - naming.ssm: bad' }]);
  });

  it('Enter accepts and moves down, u undoes, each change autosaved', async () => {
    const { lastFrame, stdin, services } = mountApp();
    await reviewReady({ lastFrame });
    expect(lastFrame()).toContain('3 pending');
    await press(stdin, ENTER);
    expect(lastFrame()).toContain('SM 1 · ');
    expect(lastFrame()).toMatch(/›.*stripe-live-secret-key/);
    await press(stdin, 'u');
    expect(lastFrame()).toContain('undid: accept 1 item');
    expect(services.saved.at(-2)).toEqual({ 'item-db': { action: 'migrate', store: 'secrets-manager', name: 'shop/prod/db' } });
    expect(services.saved.at(-1)).toEqual({});
  });

  it('j/k, s, e with typing, n and i drive the reducer', async () => {
    const { lastFrame, stdin, services } = mountApp();
    await reviewReady({ lastFrame });
    await press(stdin, 'j', 'j', 'k', 'S');
    expect(lastFrame()).toContain('Migrate → Vault KV');
    await press(stdin, 'e');
    expect(lastFrame()).toContain('name: shop/prod/db▏');
    await press(stdin, '\x7F', '\x7F', 'x', ENTER);
    expect(services.saved.at(-1)).toEqual({ 'item-db': { action: 'migrate', store: 'vault', name: 'shop/prod/x' } });
    await press(stdin, 'G', 'n', 'g', 'i');
    expect(services.saved.at(-1)).toMatchObject({ 'item-aws': { action: 'not-secret' }, 'item-db': { action: 'skip' } });
  });

  it('/ filters, ? opens help, Esc closes it, Tab moves focus', async () => {
    const { lastFrame, stdin } = mountApp();
    await reviewReady({ lastFrame });
    await press(stdin, '/', 'i', 'n', 'f', 'r', 'a', ENTER);
    expect(lastFrame()).toContain("Findings (1 matching 'infra')");
    await press(stdin, '?');
    expect(lastFrame()).toContain('Keys (Esc closes)');
    await press(stdin, ESC);
    await tick(60);
    expect(lastFrame()).not.toContain('Keys (Esc closes)');
    await press(stdin, '\t');
    expect(lastFrame()).toContain('Tab list  ↑/↓ J/K PgUp/PgDn scroll');
  });

  it('A then a shows the confirmation; Esc goes back; y applies and shows the summary', async () => {
    const { lastFrame, stdin, services, exits } = mountApp();
    await reviewReady({ lastFrame });
    await press(stdin, 'A', 'a');
    expect(lastFrame()).toContain('Store writes (2)');
    await press(stdin, ESC);
    expect(lastFrame()).toContain('Findings (4)');
    await press(stdin, 'a', 'y');
    await tick(100);
    expect(services.applied).toEqual(['item-db', 'item-stripe', 'item-aws']);
    expect(lastFrame()).toContain('Done');
    expect(lastFrame()).toContain('Report: unleak-report.md');
    await press(stdin, 'q');
    expect(exits).toEqual([{ code: 0 }]);
  });

  it('a failed item waits for r (retry) or i (skip)', async () => {
    const services = fakeServices(sampleRows());
    services.failOnce.add('item-stripe');
    const { lastFrame, stdin } = mountApp(services);
    await reviewReady({ lastFrame });
    await press(stdin, 'A', 'a', 'y');
    await tick(60);
    expect(lastFrame()).toContain('store refused item-stripe: throttled');
    expect(lastFrame()).toContain('r retry · i skip');
    expect(services.applied).toEqual(['item-db', 'item-aws']);
    await press(stdin, 'r');
    await tick(60);
    expect(services.applied).toEqual(['item-db', 'item-aws', 'item-stripe']);
    expect(lastFrame()).toContain('Done');
  });

  it('Ctrl-C during apply finishes the item in flight, then exits 130', async () => {
    const services = fakeServices(sampleRows(), { slowItemMs: 40 });
    const { stdin, exits, lastFrame } = mountApp(services);
    await reviewReady({ lastFrame });
    await press(stdin, 'A', 'a', 'y');
    await tick(50);
    await press(stdin, CTRL_C);
    await tick(300);
    // the item in flight finished; the rest were never started
    expect(services.applied.length).toBeGreaterThan(0);
    expect(services.applied.length).toBeLessThan(3);
    expect(exits[0]?.code).toBe(130);
  });

  it('q saves and quits with 0; a resumed session shows earlier decisions', async () => {
    const { stdin, exits, services, lastFrame } = mountApp(fakeServices(sampleRows(), { resumed: { 'item-db': { action: 'skip' } } }));
    await reviewReady({ lastFrame });
    expect(lastFrame()).toContain('1 skipped');
    await press(stdin, 'q');
    await tick(30);
    expect(exits).toEqual([{ code: 0 }]);
    expect(services.saved.at(-1)).toEqual({ 'item-db': { action: 'skip' } });
  });

  it('a burst of keys is replayed one by one, but never past a screen change', async () => {
    const { lastFrame, stdin, services } = mountApp();
    await reviewReady({ lastFrame });
    stdin.write('jj\r');
    await tick(60);
    expect(services.saved.at(-1)).toEqual({ 'item-stripe': { action: 'migrate', store: 'ssm-secure', name: '/shop/prod/stripe-key' } });
    stdin.write('Aay');
    await tick(60);
    expect(lastFrame()).toContain('Apply: confirm');
    expect(services.applied).toEqual([]);
  });

  it('never renders a secret value: rows carry redacted forms only', async () => {
    const { frames, lastFrame } = mountApp();
    await reviewReady({ lastFrame });
    expect(frames.join('\n')).toContain('ab…yz');
  });
});
