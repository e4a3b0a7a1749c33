export * from './types.js';
export { rewriteFile } from './rewrite-file.js';
export { REWRITERS } from './registry.js';
export { applyEdits } from './text.js';
export { REQUIRE_ENV_HELPER, LOAD_SECRET_HELPER, helperPathFor } from './rewriters/typescript-helpers.js';
export { unifiedDiff, maskTargets } from './diff.js';
export { SSM_SECURE_PROPERTIES, supportsSsmSecure } from './rewriters/cloudformation-secure-properties.js';
export { isSpringConfig } from './rewriters/spring-yaml.js';
export { syntaxProblem, introducedSyntaxProblem } from './syntax-check.js';
