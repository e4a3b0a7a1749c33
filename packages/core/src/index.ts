export * from './types.js';
export * from './secret-value.js';
export * from './redact.js';
export * from './fingerprint.js';
export * from './errors.js';
export * from './detection.js';
export * from './fake.js';
export * from './plan.js';
