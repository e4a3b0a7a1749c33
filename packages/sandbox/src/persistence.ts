import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError } from '@unleak/core';
import { Sealer } from './sealing.js';
import { emptyState, type SandboxState } from './state.js';

const FORMAT = 'unleak-sandbox-state/1';

interface StateFile {
  format: string;
  state: SandboxState;
}

/** Where state lives: in memory only, or in `file` (plus its sealing key in `file.key`, mode 0600). */
export class StateStore {
  readonly state: SandboxState;
  readonly sealer: Sealer;

  private constructor(state: SandboxState, sealer: Sealer, private readonly file: string | undefined) {
    this.state = state;
    this.sealer = sealer;
  }

  static open(file?: string): StateStore {
    if (file === undefined) return new StateStore(emptyState(), new Sealer(Sealer.generateKey()), undefined);
    const keyFile = `${file}.key`;
    const stateExists = existsSync(file);
    if (stateExists && !existsSync(keyFile)) {
      throw new ConfigError(file, [`its sealing key ${keyFile} is missing, so stored values cannot be read; restore the key or start with a new --state file`]);
    }
    const key = stateExists ? Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64') : Sealer.generateKey();
    if (key.length !== 32) throw new ConfigError(keyFile, ['is not a sandbox sealing key (32 bytes, base64); restore it or start with a new --state file']);
    const state = stateExists ? readStateFile(file) : emptyState();
    const store = new StateStore(state, new Sealer(key), file);
    if (!stateExists) {
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeAtomically(keyFile, `${key.toString('base64')}\n`, 0o600);
        store.save();
      } catch (e) {
        throw new ConfigError(file, [`cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'}); check that its directory can be created and written`]);
      }
    }
    return store;
  }

  /** Called after every mutation: the file is always a complete, consistent snapshot. */
  save(): void {
    if (this.file === undefined) return;
    const body: StateFile = { format: FORMAT, state: this.state };
    writeAtomically(this.file, `${JSON.stringify(body)}\n`, 0o600);
  }
}

function readStateFile(file: string): SandboxState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError(file, [`is not valid sandbox state JSON (${(e as Error).message.split('\n')[0]}); move it away or pass another --state file`]);
  }
  const body = parsed as Partial<StateFile> | null;
  if (!body || body.format !== FORMAT || typeof body.state !== 'object' || body.state === null) {
    throw new ConfigError(file, [`is not an unleak sandbox state file (expected format '${FORMAT}'); pass another --state file`]);
  }
  return { ...emptyState(), ...body.state };
}

let tempCounter = 0;
function writeAtomically(file: string, text: string, mode: number): void {
  const temp = `${file}.${process.pid}.${tempCounter++}.tmp`;
  writeFileSync(temp, text, { mode });
  renameSync(temp, file);
}
