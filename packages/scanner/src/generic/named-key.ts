import { fake } from '@unleak/core';
import type { GenericRule } from './rule.js';

/**
 * Database, cache, UI and i18n keys, pagination fields (`result_key`, `limit_key` in SDK paginators), public keys and key ids: `*_key` names that are not credentials.
 * Tested on the normalised key name.
 */
const NOT_CREDENTIAL_KEYS =
  /(?:^|_)(?:primary|foreign|sort|partition|range|hash|row|column|composite|natural|surrogate|unique|index|shard|routing|group|dedup|deduplication|idempotency|cache|storage|local|lookup|map|object|bucket|s3|table|query|state|i18n|translation|locale|message|label|title|text|public|pub|publishable|shortcut|hot|toggle|modifier|enter|escape|esc|kms|cmk|ssh|gpg|pgp|registry|schema|sequence|issuer|result|limit)_key$/;
const UUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;

/**
 * `generic_key`, `discord_key`, `datadogKey`, `stripe-key`: a high-entropy value under any `*_key` name in a
 * config file. The name alone says little, so the value must be long and random, and UUIDs (ids) are left out.
 */
export const genericNamedKey: GenericRule = {
  id: 'generic-named-key',
  title: 'High-entropy value under a *_key name',
  role: 'secret',
  kind: 'api-key',
  sensitivity: 'high',
  store: 'ssm-secure',
  key: /^[a-z0-9]+(?:_[a-z0-9]+)*_key$/,
  stopKey: NOT_CREDENTIAL_KEYS,
  idValue: UUID,
  fileKinds: ['json', 'yaml', 'toml', 'ini', 'properties', 'dotenv', 'xml', 'kubernetes', 'docker-compose', 'github-actions', 'gitlab-ci', 'ansible', 'terraform'],
  values: 'strict',
  minLength: 16,
  minEntropy: 3.5,
  samples: {
    match: [
      { file: 'config/services.json', text: `{\n  "generic_key": "${fake.alnum(32, 'named-key-json')}"\n}\n` },
      { file: 'config/services.yaml', text: `chat:\n  discord_key: ${fake.hex(40, 'named-key-yaml')}\n` },
      { file: 'settings.toml', text: `[metrics]\ndatadog-key = "${fake.alnum(32, 'named-key-toml')}"\n` },
    ],
    noMatch: [
      { file: 'schema.json', text: `{"primary_key": "${fake.alnum(32, 'pk')}", "sort_key": "${fake.alnum(24, 'sk')}", "partitionKey": "${fake.alnum(20, 'part')}"}` },
      { file: 'keys.yaml', text: `public_key: ${fake.base64(44, 'pub')}\nforeign_key: ${fake.alnum(30, 'fk')}\ni18n_key: ${fake.alnum(24, 'i18n')}\n` },
      { file: 'config.json', text: '{"kms_key_id": "555ea4a3-d53a-4412-9c66-3a7cb667b0d6", "tenant_key": "0736f5ef-7e88-499a-80cc-90c85d2a5180"}' },
      { file: 'config.json', text: '{"bucket_key": "SalesResults-1.2", "menu_key": "settings.menu.title", "short_key": "a1B2c3"}' },
      { file: 'src/config.ts', text: `const generic_key = "${fake.alnum(32, 'code')}";\n` },
      // botocore paginators.
      { file: 'paginators-1.json', text: '{"limit_key": "MaxResults", "result_key": "ReservedDBInstancesOfferings"}\n' },
    ],
  },
};
