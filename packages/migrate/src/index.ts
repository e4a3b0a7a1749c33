export { createPlan, type CreatePlanOptions, type CreatedPlan } from './create-plan.js';
export { buildPlan, newPlanId, referenceFor, DEFAULT_READS_PER_MONTH, type BuildPlanInput, type PlanDecision } from './build-plan.js';
export { formatPlan, parsePlanText, readPlanFile, writePlanFile } from './plan-file.js';
export {
  applyPlan,
  type ApplyDeps,
  type ApplyOptions,
  type ApplyEvent,
  type ApplyResult,
  type ItemOutcome,
  type FileOutcome,
  type ItemPhase,
  type FilePhase,
  type ItemStatus,
} from './apply.js';
export { rollbackPlan, type RollbackDeps, type RollbackResult } from './rollback.js';
export { Journal, DEFAULT_JOURNAL, type JournalEntry, type JournalLine } from './journal.js';
export { renderReport, writeReport, REPORT_FILE } from './report.js';
export { checkFiles } from './check-files.js';
export { envNameFor, preferredEnvNames, upperSnake } from './env-name.js';
export { planSummary, storeTarget } from './summary.js';
export { storeSettingsFromPolicy } from './store-settings.js';
