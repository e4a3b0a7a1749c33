import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { cleanup, render } from 'ink-testing-library';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { redact } from '@unleak/core';
import { startSandbox, type Sandbox } from '@unleak/sandbox';
import { App } from '../src/tui/App.js';
import { createLiveServices } from '../src/tui/services-live.js';
import { fakeIo } from './helpers.js';
import { press, tick } from './tui/keys.js';
import { leakChecker, plantedSecrets, seedWorkingTree } from './security-invariant-helpers.js';

vi.hoisted(() => {
  process.env.FORCE_COLOR = '0';
});

/**
 * The security invariant on the interactive session's screens: every frame Ink renders while a person
 * walks every finding (list and detail pane with masked context and the rewrite preview), opens the
 * confirmation and applies into the sandbox holds no planted value, whole, in part or encoded.
 */
const secrets = plantedSecrets();
const findLeaks = leakChecker(Object.values(secrets));

describe('no secret value on any screen of the interactive session', () => {
  let base: string;
  let sandbox: Sandbox;
  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'unleak-invariant-tui-'));
    seedWorkingTree(base, secrets);
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(async () => {
    await sandbox?.close();
    rmSync(base, { recursive: true, force: true });
  });
  afterEach(() => cleanup());

  it('review every finding in list and detail, confirm, apply into the sandbox, quit', async () => {
    const services = createLiveServices({ root: base, io: fakeIo(base, sandbox.env), storesEnv: sandbox.env });
    const exits: number[] = [];
    const app = render(createElement(App, { services, onExit: (code: number) => void exits.push(code), sandbox: true }));
    const frame = () => app.lastFrame() ?? '';
    for (let i = 0; i < 200 && !frame().includes('Findings ('); i++) await tick(20);
    await tick(40);
    const count = Number(/Findings \((\d+)/.exec(frame())?.[1] ?? 0);
    expect(count).toBeGreaterThan(15);
    for (let i = 0; i < count; i++) {
      await press(app.stdin, '\t');
      await tick(60);
      await press(app.stdin, '\t', 'j');
    }
    await press(app.stdin, 'A', 'a');
    expect(frame()).toContain('Store writes');
    await press(app.stdin, 'y');
    for (let i = 0; i < 300 && !frame().includes('Done'); i++) await tick(20);
    expect(frame()).toContain('Report: unleak-report.md');
    await press(app.stdin, 'q');
    await tick(40);
    expect(exits).toEqual([0]);
    const leaks = app.frames.flatMap((f, i) => findLeaks(`frame ${i}`, f));
    leaks.push(...findLeaks('.unleak/session.json', readFileSync(join(base, '.unleak', 'session.json'), 'utf8')));
    leaks.push(...findLeaks('unleak-report.md', readFileSync(join(base, 'unleak-report.md'), 'utf8')));
    expect(leaks.map((l) => `${l.where}: ${l.label} (${l.form})`)).toEqual([]);
    expect(app.frames.length).toBeGreaterThan(count);
    // the screens do show each value's redacted form, so a missing redaction would be seen
    for (const s of [secrets.stripe, secrets.githubPat, secrets.awsKeyId]) expect(app.frames.some((f) => f.includes(redact(s.value))), s.label).toBe(true);
  }, 40_000);
});
