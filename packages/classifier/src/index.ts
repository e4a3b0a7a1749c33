export * from './types.js';
export { classify, classifyAll, withClassification, type Classification } from './classify.js';
export { parsePolicy, defaultPolicy, TOP_LEVEL_KEYS, type Policy, type PolicyRule, type StoreSettings } from './policy.js';
export { DEFAULT_NAMING, NAME_PLACEHOLDERS, renderName, kebab, type NamingTemplates } from './naming.js';
export { BUILT_IN_RULES, STORE_LABEL } from './defaults.js';
export { inferKind, kindLabel, CONFIG_KINDS } from './kinds.js';
export { envFromPath, DEFAULT_ENV } from './environment.js';
export { projectLookup } from './project.js';
export { SECRET_PART } from './items.js';
export { discoverProjects } from './discover-projects.js';
export { findWorkspaceRoot, readWorkspace, type Workspace } from './workspace.js';
export {
  affectedProjects,
  dependentsOf,
  matchProjects,
  projectGraph,
  projectOwner,
  WORKSPACE_WIDE_FILES,
  type AffectedReason,
  type ProjectGraph,
  type WorkspaceProject,
} from './project-graph.js';
export { didYouMean } from './did-you-mean.js';
export { itemFields, renderItemValue, type FieldMember } from './render.js';
export { estimateCost, PRICES, type CostEstimate, type CostLine } from './cost.js';
export { readPolicies, iamPolicy, vaultPolicy, type ReadPolicy, type IamPolicy, type ReadPolicyOptions } from './least-privilege.js';
export { explainFinding } from './explain.js';
export { historyExposure, historyExposureLookup } from './rotation.js';
export { loadPolicyText } from './load-policy.js';
