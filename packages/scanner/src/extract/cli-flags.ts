import type { Assignment } from '../types.js';

/** A word of a shell command with its source span (quotes included) and its unquoted value span. */
interface Token {
  raw: string;
  start: number;
  end: number;
}

/** Flags that carry a credential on any command, normalised to the assignment key. */
const SECRET_FLAGS: Record<string, string> = {
  '--password': 'password',
  '--pass': 'password',
  '--passwd': 'password',
  '--db-password': 'db-password',
  '--requirepass': 'password',
  '--masterauth': 'password',
  '--token': 'token',
  '--auth-token': 'auth-token',
  '--access-token': 'access-token',
  '--api-key': 'api-key',
  '--apikey': 'api-key',
  '--secret': 'secret',
  '--client-secret': 'client-secret',
  '--secret-key': 'secret-key',
  '--access-key': 'access-key',
};
const USER_FLAGS: Record<string, string> = { '--username': 'username', '--user': 'username' };
const DOCKER_LIKE = new Set(['docker', 'podman', 'nerdctl', 'buildah', 'skopeo', 'helm', 'oras']);
const MYSQL_LIKE = new Set(['mysql', 'mysqldump', 'mysqladmin', 'mariadb', 'mariadb-dump']);
/** Commands are only read when one of these occurs: most scripts hold none. */
const ANCHOR = /login|mysql|mariadb|curl|sshpass|--pass|--requirepass|--masterauth|--token|--api-?key|--secret|--access|--auth|--user/i;
/** Words before the real command that do not change what it is. */
const PREFIX_WORDS = new Set(['RUN', 'sudo', 'exec', 'time', 'nohup', 'env', 'command', 'then', 'do', 'else', '-', '+', '$', '#', '>', '%']);
/** A pasted shell prompt before the command: `sh-5.0$`, `user@host:~$`, `PS>`. */
const PROMPT = /^[\w.@:~/-]{0,64}[$#>%]$/;

/**
 * Credentials passed as command-line flags in shell scripts, CI steps and Dockerfile RUN lines:
 * `docker login -u U -p P REGISTRY`, `mysql -pP`, `curl -u user:pass`, `sshpass -p P`, `--password X`.
 * Each command is one group; keys are normalised (`password`, `username`, `registry`, `host`, `port`,
 * `token`…) and the scope is the command as a shell shows it (`$ docker login`, `$ mysql`, `$ curl`).
 */
export function cliAssignments(text: string, offset: number, file: string): Assignment[] {
  if (!ANCHOR.test(text)) return [];
  const out: Assignment[] = [];
  for (const command of splitCommands(text)) {
    readCommand(expandQuotedScripts(command, text), text, offset, file, out);
  }
  return out;
}

/** One element of an exec-form argument list (`command: ["redis-server", "--requirepass", "…"]`). */
export interface ArgvItem {
  value: string;
  /** Offsets of the element's value (without quotes) in `text`. */
  start: number;
  end: number;
}

/**
 * Credentials in an exec-form argument list from YAML or JSON (compose `command`/`entrypoint`, Kubernetes
 * `args`, ECS `command`): the same flags as in a shell line, each element one word. Here `-p` followed by
 * a value is a password too, unless the value looks like a port mapping or a path.
 */
export function argvAssignments(items: ArgvItem[], text: string, file: string): Assignment[] {
  const tokens: Token[] = items.map((item) => ({ raw: item.value, start: item.start, end: item.end }));
  if (!tokens.some((t) => ANCHOR.test(t.raw) || t.raw === '-p')) return [];
  const out: Assignment[] = [];
  readCommand(tokens, text, 0, file, out, true);
  return out;
}

function readCommand(tokens: Token[], text: string, offset: number, file: string, out: Assignment[], isArgv = false): void {
  let i = 0;
  while (i < tokens.length && isPrefix(tokens[i]!.raw, i)) i++;
  const first = tokens[i];
  if (!first) return;
  const name = first.raw.slice(first.raw.lastIndexOf('/') + 1);
  const groupId = `${file}#cli${offset + first.start}`;
  const emit = (key: string, scope: string, start: number, end: number) => {
    if (end <= start) return;
    out.push({ key, scope: [`$ ${scope}`], value: text.slice(start, end), start: offset + start, end: offset + end, groupId });
  };
  const args = tokens.slice(i + 1);
  const loginAt = args.findIndex((t) => t.raw === 'login');
  if (DOCKER_LIKE.has(name) && loginAt >= 0 && loginAt <= 2) {
    dockerLogin(args.slice(loginAt + 1), `${name} login`, emit);
    return;
  }
  if (MYSQL_LIKE.has(name)) {
    mysql(args, name, emit);
    return;
  }
  if (name === 'curl') {
    curl(args, text, emit);
    genericFlags(args, name, emit, false);
    return;
  }
  if (name === 'sshpass') {
    const at = args.findIndex((t) => t.raw === '-p');
    const next = args[at + 1];
    if (at >= 0 && next) emit('password', name, ...unquoted(next));
    else for (const t of args) if (t.raw.startsWith('-p') && t.raw.length > 2) emit('password', name, t.start + 2, t.end);
    return;
  }
  genericFlags(args, name, emit, true, isArgv);
}

/** Words before the command name: `sudo`, `env`, `A=1`, and (first word only) a pasted prompt. */
function isPrefix(raw: string, index: number): boolean {
  return PREFIX_WORDS.has(raw) || /^[A-Za-z_]\w*=/.test(raw) || (index === 0 && PROMPT.test(raw));
}

type Emit = (key: string, scope: string, start: number, end: number) => void;

function dockerLogin(args: Token[], scope: string, emit: Emit): void {
  let registry: Token | undefined;
  for (let i = 0; i < args.length; i++) {
    const t = args[i]!;
    const [flag, inline] = splitFlag(t);
    const key = flag === '-u' || flag === '--username' ? 'username' : flag === '-p' || flag === '--password' ? 'password' : undefined;
    if (key && inline) emit(key, scope, ...inline);
    else if (key && args[i + 1]) emit(key, scope, ...unquoted(args[++i]!));
    else if (!t.raw.startsWith('-')) registry = t;
  }
  if (registry) emit('registry', scope, ...unquoted(registry));
}

function mysql(args: Token[], scope: string, emit: Emit): void {
  const short: Record<string, string> = { '-u': 'username', '-h': 'host', '-P': 'port' };
  const long: Record<string, string> = { '--password': 'password', '--user': 'username', '--host': 'host', '--port': 'port', '--database': 'dbname' };
  for (let i = 0; i < args.length; i++) {
    const t = args[i]!;
    const [flag, inline] = splitFlag(t);
    if (long[flag] && inline) {
      emit(long[flag], scope, ...inline);
    } else if (t.raw.startsWith('-p') && t.raw.length > 2) {
      emit('password', scope, ...unquoted({ raw: t.raw.slice(2), start: t.start + 2, end: t.end }));
    } else if (short[t.raw.slice(0, 2)] && !t.raw.startsWith('--')) {
      const key = short[t.raw.slice(0, 2)]!;
      if (t.raw.length > 2) emit(key, scope, t.start + 2, t.end);
      else if (args[i + 1]) emit(key, scope, ...unquoted(args[++i]!));
    } else if (long[flag] && args[i + 1] && flag !== '--password') {
      emit(long[flag], scope, ...unquoted(args[++i]!));
    }
  }
}

function curl(args: Token[], text: string, emit: Emit): void {
  for (let i = 0; i < args.length; i++) {
    const t = args[i]!;
    let credential: [number, number] | undefined;
    const [flag, inline] = splitFlag(t);
    if ((t.raw === '-u' || t.raw === '--user') && args[i + 1]) credential = [args[++i]!.start, args[i]!.end];
    else if (flag === '--user' && inline) credential = [t.start + flag.length + 1, t.end];
    else if (t.raw.startsWith('-u') && t.raw.length > 2) credential = [t.start + 2, t.end];
    if (!credential) continue;
    const [user, password] = userAndPassword(text, ...credential);
    if (!user) continue;
    if (password && password[1] > password[0]) {
      emit('username', 'curl', ...user);
      emit('password', 'curl', ...password);
    } else if (password) {
      emit('api-key', 'curl', ...user);
    }
  }
}

/**
 * `user:pass`, `"user:pass"`, `kevin:'pass'`, `"user":"pass"`: the spans of the user and password parts,
 * each without its own quotes. The colon is the first one outside quotes (or inside a wholly quoted word).
 * `key:` (an empty password) is how APIs take a token as the user name; no colon means no password.
 */
function userAndPassword(text: string, start: number, end: number): [[number, number] | undefined, [number, number] | undefined] {
  let quote = '';
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === ':') {
      return [unquotedSpan(text, start, i), unquotedSpan(text, i + 1, end)];
    }
  }
  const q = text[start];
  const wholly = (q === '"' || q === "'") && end - start >= 2 && text[end - 1] === q && !text.slice(start + 1, end - 1).includes(q);
  const colon = wholly ? text.indexOf(':', start + 1) : -1;
  if (colon < 0 || colon >= end - 1) return [undefined, undefined];
  return [[start + 1, colon], [colon + 1, end - 1]];
}

function unquotedSpan(text: string, start: number, end: number): [number, number] {
  return unquoted({ raw: text.slice(start, end), start, end });
}

/** After `-p` in an argument list: a port, port mapping or path is not a password. */
const NOT_A_PASSWORD = /^(?:[\d.:/-]+(?:\/(?:tcp|udp))?|[./~].*)$/;

/**
 * `--secret id=npm,src=.npmrc` / `--secret id=k,env=K` / `--secret source=db,target=pw`: BuildKit and swarm
 * secret mounts name where the secret comes from; they are references, never the secret itself.
 */
const SECRET_MOUNT_FIELD = '(?:id|src|source|env|type|target|dst|uid|gid|mode|required)=[^,\\s]*';
const SECRET_MOUNT = new RegExp(`^${SECRET_MOUNT_FIELD}(?:,${SECRET_MOUNT_FIELD})*$`);

/** On container tools, `--secret` always names a mounted secret (`docker run --secret db_password`). */
function isSecretReference(flag: string, command: string, value: string): boolean {
  return flag === '--secret' && (DOCKER_LIKE.has(command) || SECRET_MOUNT.test(value));
}

function genericFlags(args: Token[], scope: string, emit: Emit, withUser: boolean, isArgv = false): void {
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = splitFlag(args[i]!);
    const shortPassword = isArgv && flag === '-p' && args[i + 1] !== undefined && !NOT_A_PASSWORD.test(args[i + 1]!.raw);
    const key = SECRET_FLAGS[flag] ?? (withUser ? USER_FLAGS[flag] : undefined) ?? (shortPassword ? 'password' : undefined);
    if (!key) continue;
    let span = inline;
    if (!span && args[i + 1] && !args[i + 1]!.raw.startsWith('-')) span = unquoted(args[++i]!);
    if (!span) continue;
    const token = args[i]!;
    const value = token.raw.slice(span[0] - token.start, span[1] - token.start);
    if (!isSecretReference(flag, scope, value)) emit(key, scope, ...span);
  }
}

/** `--password=X` → [`--password`, span of X]; other tokens → [raw, undefined]. */
function splitFlag(t: Token): [string, [number, number] | undefined] {
  const eq = t.raw.indexOf('=');
  if (!t.raw.startsWith('--') || eq < 0) return [t.raw, undefined];
  const rest: Token = { raw: t.raw.slice(eq + 1), start: t.start + eq + 1, end: t.end };
  return [t.raw.slice(0, eq), unquoted(rest)];
}

function unquoted(t: Token): [number, number] {
  const q = t.raw[0];
  if ((q === '"' || q === "'") && t.raw.length >= 2 && t.raw.endsWith(q)) return [t.start + 1, t.end - 1];
  return [t.start, t.end];
}

/** Splits shell text into commands (newline, `;`, `&&`, `||`, `|`), honouring quotes and `\` continuations. */
function splitCommands(text: string): Token[][] {
  const commands: Token[][] = [];
  let tokens: Token[] = [];
  let start = -1;
  let quote = '';
  const endToken = (end: number) => {
    if (start >= 0) tokens.push({ raw: text.slice(start, end), start, end });
    start = -1;
  };
  const endCommand = () => {
    if (tokens.length > 0) commands.push(tokens);
    tokens = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
      endToken(i);
      i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 2 : 1;
      continue;
    }
    if (c === '"' || c === "'") {
      if (start < 0) start = i;
      quote = c;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      endToken(i);
    } else if (c === '\n' || c === ';' || c === '&' || c === '|') {
      endToken(i);
      endCommand();
    } else if (c === '#' && start < 0) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (start < 0) {
      start = i;
    }
  }
  endToken(text.length);
  endCommand();
  return commands;
}

/** Commands whose quoted argument is a script (Jenkinsfile `sh "…"`, `bash -c '…'`), not a plain argument. */
const SCRIPT_RUNNERS = new Set(['sh', 'bash', 'zsh', 'ash', 'dash', 'ksh', 'bat', 'powershell', 'pwsh', 'cmd']);

/** `sh "docker login -u u -p p"` or `bash -c '…'`: the quoted script is a command of its own. */
function expandQuotedScripts(tokens: Token[], text: string): Token[] {
  if (!tokens.some((t, i) => SCRIPT_RUNNERS.has(t.raw) || (t.raw === '-c' && i > 0))) return tokens;
  const quoted = tokens.find((t) => t.raw.length > 2 && (t.raw[0] === '"' || t.raw[0] === "'") && t.raw.endsWith(t.raw[0]) && /\s/.test(t.raw));
  if (!quoted) return tokens;
  const inner = splitCommands(text.slice(quoted.start + 1, quoted.end - 1))[0] ?? [];
  return inner.map((t) => ({ ...t, start: t.start + quoted.start + 1, end: t.end + quoted.start + 1 }));
}
