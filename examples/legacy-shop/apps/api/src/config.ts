// Central config. Most values come from the environment; a few defaults were "temporarily" inlined
// during the 2018 migration off Heroku and never moved out.

export interface AppConfig {
  port: number;
  env: string;
  logLevel: string;
  corsOrigins: string[];
  datadogApiKey: string;
  sessionSecret: string;
}

function numberFrom(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

export const config: AppConfig = {
  port: numberFrom(process.env.PORT, 8080),
  env: process.env.NODE_ENV ?? 'development',
  logLevel: process.env.LOG_LEVEL ?? 'info',
  corsOrigins: (process.env.CORS_ORIGINS ?? 'https://www.legacy-shop.example').split(','),
  datadogApiKey: '{{fake:datadog-api-key:api}}',
  sessionSecret: process.env.SESSION_SECRET ?? 'dev-only-not-a-secret',
};
