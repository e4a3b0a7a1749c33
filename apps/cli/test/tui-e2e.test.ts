import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materializeExample, type MaterializedExample } from '@unleak/demo';
import { startSandbox, type Sandbox } from '@unleak/sandbox';
import { createStores, MemoryAuditLog } from '@unleak/stores';
import { ensureBuilt, unleakBin } from './built-cli.js';

/**
 * Drives the BUILT binary in a real pseudo-terminal (tmux): scan → review → accept all → apply → summary,
 * against the sandbox on the example repo. `npm test` builds first; this test builds only if dist is stale.
 */
const socket = `unleak-test-${process.pid}`;
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

describe.skipIf(!hasTmux)('unleak tui in a real terminal (tmux)', () => {
  let work: string;
  let example: MaterializedExample;
  let sandbox: Sandbox;
  const frames: string[] = [];

  let current = 'first';
  let launch: (name: string) => void;

  async function capture(): Promise<string> {
    const frame = tmux('capture-pane', '-p', '-t', current);
    frames.push(frame);
    return frame;
  }

  async function waitFor(text: string | RegExp, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const frame = await capture();
      if (typeof text === 'string' ? frame.includes(text) : text.test(frame)) return frame;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; screen was:\n${frame}`);
      await sleep(50);
    }
  }

  async function keys(...k: string[]): Promise<void> {
    for (const key of k) {
      tmux('send-keys', '-t', current, key);
      await sleep(60);
      await capture();
    }
  }

  beforeAll(async () => {
    ensureBuilt();
    work = mkdtempSync(join(tmpdir(), 'unleak-tui-e2e-'));
    example = await materializeExample(join(work, 'legacy-shop'));
    sandbox = await startSandbox({ port: 0 });
    const env = Object.entries({ ...sandbox.env, NO_COLOR: '1', TERM: 'xterm-256color', HOME: work })
      .map(([k, v]) => `${k}=${shellQuote(v)}`)
      .join(' ');
    launch = (name: string) => {
      current = name;
      const command = `cd ${shellQuote(example.root)} && env -u CI ${env} ${shellQuote(process.execPath)} ${shellQuote(unleakBin)} tui 2>${shellQuote(join(work, `${name}.stderr`))}; echo $? > ${shellQuote(join(work, `${name}.exit`))}; sleep 30`;
      tmux('new-session', '-d', '-s', name, '-x', '100', '-y', '30', command);
    };
  }, 120_000);

  async function exitCode(name: string): Promise<string> {
    const file = join(work, `${name}.exit`);
    for (let i = 0; i < 100 && !existsSync(file); i++) await sleep(100);
    return readFileSync(file, 'utf8').trim();
  }

  afterAll(async () => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
    rmSync(join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${process.getuid?.() ?? 0}`, socket), { force: true });
    await sandbox?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('marks a false positive, undoes a mistake, quits and resumes', async () => {
    launch('first');
    const review = await waitFor('Findings (');
    const total = Number(/Findings \((\d+)\)/.exec(review)?.[1]);
    expect(total).toBeGreaterThan(10);
    await keys('n');
    await waitFor('not a secret 1 item');
    await keys('u');
    await waitFor('undid: not a secret 1 item');
    await keys('g', 'n');
    await waitFor('1 not secret');
    await keys('q');
    expect(await exitCode('first')).toBe('0');
    expect(existsSync(join(example.root, '.unleak-baseline.json'))).toBe(true);

    launch('second');
    const resumed = await waitFor('Findings (');
    expect(Number(/Findings \((\d+)\)/.exec(resumed)?.[1])).toBeLessThan(total);
  }, 120_000);

  it('migrates the example repository with a handful of key presses', async () => {
    const review = await waitFor('Findings (');
    expect(review).toContain('pending');
    // The highlighted item's rewrite, as a redacted diff; walk a stretch of the list so many previews render
    // (the leak check below covers every frame).
    await waitFor(/^(?![\s\S]*computing…)[\s\S]*rewrite preview \(dry run\)[\s\S]*@@ -\d/);
    for (let i = 0; i < 24; i++) {
      await keys('j');
      await waitFor(/^(?![\s\S]*computing…)[\s\S]*rewrite preview/);
    }
    await keys('g');
    // s opens the chooser with a cost per store; Esc leaves the decision alone
    await keys('s');
    const chooser = await waitFor('Store for');
    expect(chooser).toMatch(/Secrets Manager\s+\$\d+\.\d\d\/mo/);
    await keys('Escape');
    // Tab + PgDn scrolls the detail pane
    await keys('Tab', 'NPage');
    await waitFor(/lines (?!1–)\d+–\d+ of \d+/);
    await keys('Tab');
    // re-layout on resize: stacked below 80 columns, side by side again after
    tmux('resize-window', '-t', current, '-x', '70', '-y', '30');
    const narrow = await waitFor(/^╭─{68}╮$/m);
    expect(narrow.split('\n').every((l) => Array.from(l).length <= 70)).toBe(true);
    tmux('resize-window', '-t', current, '-x', '100', '-y', '30');
    await waitFor(/╮ ╭/);
    await keys('?');
    await waitFor('Keys (Esc closes)');
    await keys('Escape');
    await keys('A');
    await waitFor(/0 pending/);
    await keys('a');
    const confirm = await waitFor('Apply: confirm');
    expect(confirm).toMatch(/Store writes \(\d+\)/);
    await keys('Escape');
    await waitFor('Findings (');
    await keys('a');
    await waitFor('Apply: confirm');
    await keys('y');
    const summary = await waitFor(/ Done/, 90_000);
    expect(summary).toMatch(/Moved \d+ items/);
    expect(summary).toContain('Files changed');
    expect(summary).toContain('Monthly cost');
    await keys('q');
    expect(await exitCode('second')).toBe('0');

    // The stores hold the planted values.
    const state = sandbox.state();
    const stored = state.parameters.length + state.secrets.length + state.vault.length;
    expect(stored).toBeGreaterThan(0);
    const stores = createStores({}, sandbox.env, new MemoryAuditLog());
    try {
      let matched = 0;
      for (const p of state.parameters.filter((x) => x.type === 'SecureString')) {
        const value = await stores['ssm-secure'].get(p.name);
        if (value && example.secrets.some((s) => value.reveal().includes(s.value.reveal()))) matched++;
      }
      for (const s of state.secrets) {
        const value = await stores['secrets-manager'].get(s.name);
        if (value && example.secrets.some((p) => value.reveal().includes(p.value.reveal()))) matched++;
      }
      expect(matched).toBeGreaterThan(0);
    } finally {
      stores.close();
    }

    // The sources were rewritten: most planted values are gone from the working tree.
    const stillThere = example.secrets.filter((s) => s.encoding !== 'base64' && readFileSync(join(example.root, s.file), 'utf8').includes(s.value.reveal()));
    expect(stillThere.length).toBeLessThan(example.secrets.length / 2);
    expect(existsSync(join(example.root, '.unleak', 'session.json'))).toBe(true);

    // No frame ever showed a planted value (reported by place and recipe, never by value).
    const leaks: string[] = [];
    for (const s of example.secrets) {
      for (const line of s.value.reveal().split('\n').filter((l) => l.length >= 8)) {
        const frame = frames.find((f) => f.includes(line));
        if (frame) leaks.push(`${s.file}:${s.line} (${s.recipe}) on screen as: ${frame.split('\n').find((l) => l.includes(line))?.split(line).join('[LEAK]')}`);
      }
    }
    expect(leaks).toEqual([]);
  }, 180_000);
});
