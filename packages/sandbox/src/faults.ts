import { UsageError } from '@unleak/core';

/** Seeded fault injection: every decision comes from one PRNG, so a seed replays the same faults. */
export interface FaultSpec {
  latencyMs: number;
  throttle: number;
  error500: number;
  dropAfterCommit: number;
  seed: number;
}

export type Fault = 'throttle' | 'error500';

export interface FaultCounts {
  throttle: number;
  error500: number;
  dropAfterCommit: number;
}

const NO_FAULTS: FaultSpec = { latencyMs: 0, throttle: 0, error500: 0, dropAfterCommit: 0, seed: 1 };
const PROBABILITY_KEYS = { throttle: 'throttle', error500: 'error500', 'drop-after-commit': 'dropAfterCommit' } as const;
const EXAMPLE = 'latency=250ms,throttle=0.2,error500=0.05,drop-after-commit=0.05,seed=7';

/** Parses `latency=250ms,throttle=0.2,error500=0.05,drop-after-commit=0.05,seed=7`; all keys optional. */
export function parseFaults(spec: string | undefined): FaultSpec {
  const faults = { ...NO_FAULTS };
  if (spec === undefined || spec.trim() === '') return faults;
  for (const part of spec.split(',')) {
    const [rawKey = '', rawValue, ...extra] = part.split('=');
    const key = rawKey.trim();
    const value = rawValue?.trim();
    if (value === undefined || value === '' || extra.length > 0) throw new UsageError(`--faults: '${part.trim()}' is not key=value; example: "${EXAMPLE}"`);
    if (key === 'latency') {
      const match = /^(\d{1,6})(ms|s)?$/.exec(value);
      if (!match) throw new UsageError(`--faults: latency '${value}' is not a duration like 250ms or 2s`);
      faults.latencyMs = Number(match[1]) * (match[2] === 's' ? 1000 : 1);
    } else if (key === 'seed') {
      if (!/^\d{1,9}$/.test(value)) throw new UsageError(`--faults: seed '${value}' must be a whole number`);
      faults.seed = Number(value);
    } else if (key in PROBABILITY_KEYS) {
      const probability = Number(value);
      if (!/^(0|1|0?\.\d+|1\.0*)$/.test(value) || probability < 0 || probability > 1) {
        throw new UsageError(`--faults: ${key} '${value}' must be a probability between 0 and 1`);
      }
      faults[PROBABILITY_KEYS[key as keyof typeof PROBABILITY_KEYS]] = probability;
    } else {
      throw new UsageError(`--faults: unknown fault '${key}'; use latency, throttle, error500, drop-after-commit or seed (example: "${EXAMPLE}")`);
    }
  }
  return faults;
}

/** mulberry32: small, fast and good enough to spread faults evenly. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  readonly counts: FaultCounts = { throttle: 0, error500: 0, dropAfterCommit: 0 };
  private readonly next: () => number;

  constructor(readonly spec: FaultSpec) {
    this.next = prng(spec.seed);
  }

  async delay(): Promise<void> {
    if (this.spec.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.spec.latencyMs));
  }

  /** A fault to answer with instead of handling the request, if the dice say so. */
  beforeHandling(): Fault | undefined {
    if (this.roll(this.spec.throttle)) {
      this.counts.throttle++;
      return 'throttle';
    }
    if (this.roll(this.spec.error500)) {
      this.counts.error500++;
      return 'error500';
    }
    return undefined;
  }

  /** Whether to drop the connection after a mutation was applied, without answering. */
  dropAfterCommit(): boolean {
    if (!this.roll(this.spec.dropAfterCommit)) return false;
    this.counts.dropAfterCommit++;
    return true;
  }

  private roll(probability: number): boolean {
    return probability > 0 && this.next() < probability;
  }
}
