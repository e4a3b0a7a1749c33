import { fake } from '@unleak/core';
import type { GenericRule } from './rule.js';

/** `api_key`, `apiKey`, `access_key`, `secret_key`, `private_key`, `signing_key` assignments. */
export const genericApiKey: GenericRule = {
  id: 'generic-api-key',
  title: 'Hardcoded API key',
  role: 'secret',
  kind: 'api-key',
  sensitivity: 'high',
  store: 'ssm-secure',
  key: /(?:^|_)api_?key(?:_|$)|apikey|(?:^|_)(?:access|secret|private|signing|encryption|master|app|license|subscription|consumer|client)_?key(?:_|$)/,
  values: 'strict',
  minLength: 12,
  minEntropy: 3,
  refine: [
    { when: /aws_secret(?:_access)?_key$/, kind: 'aws-secret-key', store: 'remove', sensitivity: 'critical' },
    { when: /private_key$/, kind: 'private-key' },
    { when: /(?:^|_|\s)secret_key$/, kind: 'secret' },
  ],
  samples: {
    match: [
      { file: 'src/client.ts', text: `const apiKey = "${fake.alnum(32, 'generic-api-key')}";\n` },
      { file: 'settings.yaml', text: `weather:\n  api_key: ${fake.hex(32, 'weather')}\n` },
      { file: 'config.json', text: `{"maps": {"apiKey": "${fake.base64url(39, 'maps')}"}}` },
      { file: 'app.py', text: `SIGNING_KEY = "${fake.base64(44, 'signing')}"\n` },
    ],
    noMatch: [
      { file: 'src/client.ts', text: "const apiKey = 'your_api_key_here';\nconst API_KEY = '';\n" },
      { file: 'settings.yaml', text: 'api_key: ${WEATHER_API_KEY}\napi_key_header: X-Api-Key\n' },
      { file: 'settings.yaml', text: 'access_key_id: AKIAIOSFODNN7EXAMPLE\nsecret_key_name: prod/app/key\n' },
      { file: 'settings.yaml', text: 'api_key: weather-service-key\n' },
      // botocore constants, an API Gateway selection expression, a call cut at the line end (rst docs).
      { file: 'credentials.py', text: "ACCESS_KEY = 'AWSAccessKeyId'\nSECRET_KEY = 'AWSSecretKey'\n" },
      { file: 'create-api.json', text: '{"ApiKeySelectionExpression": "$request.header.x-api-key"}\n' },
      { file: 'cloudfront.rst', text: '    private_key = serialization.load_pem_private_key(\n' },
      // JDK provider tables: a class name then algorithm names, and a translated message.
      { file: 'SunJCE.java', text: 'psA("SecretKeyFactory", "PBEWithMD5AndDES",\n    "1.2.840.113549.1.5.3", null);\nps("SecretKeyFactory", "PBKDF2WithHmacSHA512/256",\n' },
      { file: 'keytool_ja.java', text: '{ "the.generated.secretkey", "\\u751F\\u6210\\u3055\\u308C\\u305F\\u79D8\\u5BC6\\u30AD\\u30FC" },\n' },
    ],
  },
};
