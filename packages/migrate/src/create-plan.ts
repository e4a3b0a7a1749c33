import { classifyAll, discoverProjects, type Policy } from '@unleak/classifier';
import type { Detection, Plan } from '@unleak/core';
import { scan, type ScanConfig, type ScanProgress } from '@unleak/scanner';
import { buildPlan, type PlanDecision } from './build-plan.js';

export interface CreatePlanOptions {
  /** Absolute path of the repository to scan. */
  root: string;
  /** How the plan records `root` (relative to the plan file); default: `root` as given. */
  planRoot?: string;
  policy?: Policy;
  scanConfig?: ScanConfig;
  /** Also scan git history, to flag values that must be rotated. */
  history?: boolean;
  decisions?: Record<string, PlanDecision>;
  readsPerMonth?: number;
  onProgress?: (p: ScanProgress) => void;
  signal?: AbortSignal;
}

export interface CreatedPlan {
  plan: Plan;
  detections: Detection[];
}

/** scan → classify → group → Plan. */
export async function createPlan(options: CreatePlanOptions): Promise<CreatedPlan> {
  const common = { root: options.root, ...(options.scanConfig ? { config: options.scanConfig } : {}), ...(options.signal ? { signal: options.signal } : {}) };
  const { detections } = await scan({ ...common, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  const history = options.history ? (await scan({ ...common, history: {} })).detections : undefined;
  const classification = classifyAll(detections, { ...(options.policy ? { policy: options.policy } : {}), projects: discoverProjects(options.root) });
  const plan = buildPlan({
    detections,
    classification,
    root: options.planRoot ?? options.root,
    ...(options.decisions ? { decisions: options.decisions } : {}),
    ...(history ? { history } : {}),
    ...(options.policy ? { policy: options.policy } : {}),
    ...(options.readsPerMonth !== undefined ? { readsPerMonth: options.readsPerMonth } : {}),
  });
  return { plan, detections };
}
