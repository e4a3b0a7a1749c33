import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { STORE_KINDS, type StoreKind } from '@unleak/core';
import type { Decision } from './model.js';

export const SESSION_FILE = '.unleak/session.json';

/** The saved session: item ids (derived from fingerprints) and decisions. Never a value. */
export interface SessionFile {
  version: 1;
  decisions: Record<string, Decision>;
}

export function sessionPath(root: string): string {
  return join(root, SESSION_FILE);
}

export function formatSession(decisions: Readonly<Record<string, Decision>>): string {
  const sorted = Object.fromEntries(Object.entries(decisions).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${JSON.stringify({ version: 1, decisions: sorted }, null, 2)}\n`;
}

/** Decisions from an earlier session; a missing file is an empty session, and malformed entries are dropped. */
export async function readSession(root: string): Promise<Record<string, Decision>> {
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(sessionPath(root), 'utf8'));
  } catch {
    return {};
  }
  if (typeof doc !== 'object' || doc === null || (doc as { version?: unknown }).version !== 1) return {};
  const raw = (doc as { decisions?: unknown }).decisions;
  if (typeof raw !== 'object' || raw === null) return {};
  const out: Record<string, Decision> = {};
  for (const [id, d] of Object.entries(raw as Record<string, unknown>)) {
    const decision = asDecision(d);
    if (decision) out[id] = decision;
  }
  return out;
}

export async function writeSession(root: string, decisions: Readonly<Record<string, Decision>>): Promise<void> {
  const path = sessionPath(root);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, formatSession(decisions), 'utf8');
}

function asDecision(d: unknown): Decision | undefined {
  if (typeof d !== 'object' || d === null) return undefined;
  const { action, store, name } = d as Record<string, unknown>;
  if (action === 'skip' || action === 'not-secret') return { action };
  if (action === 'migrate' && typeof store === 'string' && (STORE_KINDS as readonly string[]).includes(store) && typeof name === 'string') {
    return { action, store: store as StoreKind, name };
  }
  return undefined;
}
