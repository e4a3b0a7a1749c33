/**
 * Words (lower-case substrings) of which every generic finding's line holds at least one: the key names
 * of the generic rules (`password`, `pwd`, `secret`, `token`, `api_key`, `auth`, `credentials`, `salt`…),
 * CloudFormation's `NoEcho`, and the commands whose flags carry credentials (`docker login`, `mysql`,
 * `curl -u`, `sshpass`, `--user`). Extraction is focused on the lines that hold one; a test runs every
 * generic rule's samples through the detector to keep this list complete.
 */
export const CREDENTIAL_WORDS: readonly string[] = [
  'pass',
  'pw',
  'secret',
  'token',
  'key',
  'auth',
  'cred',
  'salt',
  'private',
  'contrasena',
  'noecho',
  'login',
  'mysql',
  'mariadb',
  'curl',
  'sshpass',
  '--user',
];
