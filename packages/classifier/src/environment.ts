/**
 * The deployment environment a file belongs to, from its path: `config/production.json`, `.env.staging`,
 * `values-prod.yaml`, `environments/dev/main.tf`. Words are matched whole (`latest.ts` is not `test`).
 * Policy `environments:` globs are checked first (see resolveEnv in classify.ts).
 */
const ENV_WORDS: Array<{ env: string; words: string[] }> = [
  { env: 'prod', words: ['prod', 'production', 'prd', 'live'] },
  { env: 'staging', words: ['staging', 'stage', 'stg', 'preprod', 'uat'] },
  { env: 'dev', words: ['dev', 'development', 'local', 'sandbox'] },
  { env: 'test', words: ['test', 'tests', 'testing', 'qa', 'spec', 'fixtures', '__tests__'] },
];

const WORD_TO_ENV = new Map(ENV_WORDS.flatMap(({ env, words }) => words.map((w) => [w, env] as const)));

export const DEFAULT_ENV = 'default';

/** The environment named by the path, nearest segment first (the file name beats its folders). */
export function envFromPath(file: string): string | undefined {
  const segments = file.toLowerCase().split('/').reverse();
  for (const segment of segments) {
    for (const word of segment.split(/[._-]+/)) {
      const env = WORD_TO_ENV.get(word);
      if (env) return env;
    }
  }
  return undefined;
}

/** Environments whose credentials are not production ones: lower sensitivity, no rotation schedule. */
export function isNonProduction(env: string): boolean {
  return env === 'dev' || env === 'test';
}
