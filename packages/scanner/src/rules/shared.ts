import { fake } from '@unleak/core';
import type { Rule } from '../rule.js';

/**
 * Building blocks for rules whose token has no vendor prefix and is recognised only by the name it is
 * assigned to (`DATADOG_API_KEY=…`, `"twilio_auth_token": "…"`, `okta.token: …`).
 */

/**
 * `<key>…<sep><value>` in the syntaxes people use: `k=v`, `k: v`, `k := v`, `k => v`, `"k": "v"`,
 * `export K='v'`. `key` is matched case-insensitively and may be followed by up to 30 name characters
 * (`datadog` covers `DATADOG_API_KEY`). The value becomes the `secret` group; it must not run on into
 * further name characters, and it sits on the same line as the key: an empty `snowflake.password=` must not take
 * the next line as its value. Every quantifier is bounded, so the pattern stays linear.
 */
export function assigned(key: RegExp, value: RegExp): RegExp {
  return new RegExp(
    `(?:${key.source})[\\w.\\-]{0,30}?['"\`]?[ \\t]{0,8}(?:=>|:=|[:=])[ \\t]{0,8}['"\`]?(?<secret>${value.source})(?![\\w\\-])`,
    'i',
  );
}

/** A UUID (`8-4-4-4-12` hex), the shape of many vendors' keys. */
export const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/**
 * Values that stand for a password rather than being one: `${VAR}`, `$VAR`, `{{ var }}`, `{password}`, `<password>`,
 * `%(pw)s`, `xxxx`, `****`, `password`, `changeme`. Used as `allow` by rules whose secret is free-form
 * (URL passwords, config-file passwords), where the prefix alone does not make the value a secret.
 */
export const PASSWORD_PLACEHOLDERS: RegExp[] = [
  /^\$\{[^}]*\}?$/,
  /^\$\(?[A-Za-z_][A-Za-z0-9_]*\)?$/,
  /^\{\{.*\}\}$/,
  /^\{[A-Za-z_][\w.]*\}$/,
  /^<[^>]*>$/,
  /^%\(?[A-Za-z_]*\)?s$/,
  /^%[A-Za-z_][A-Za-z0-9_]*%$/,
  /^([x*.?#_-])\1*$/i,
  /^(?:pass(?:word)?|passwd|pwd|secret|token|api[_-]?key|changeme|change_me|(?:your|my)[_-]?(?:password|pass|token|secret)|example|redacted|placeholder|null|none|undefined|true|false)$/i,
  /^(?:replace|insert|enter|put)[_-]?(?:with|your|me|here)[\w-]*$/i,
];

type RuleHead = Pick<Rule, 'id' | 'provider' | 'title' | 'kind' | 'sensitivity' | 'store'>;

export interface PrefixedTokenSpec extends RuleHead {
  /** The vendor's literal prefix, e.g. `dop_v1_`; it is also the rule's keyword. */
  prefix: string;
  /** The body after the prefix, e.g. `/[a-f0-9]{64}/`. */
  body: RegExp;
  /** A well-formed body for the samples, built with `fake`. */
  sample: string;
  /** The variable name used in the samples, e.g. `DIGITALOCEAN_TOKEN`. */
  name: string;
  minEntropy?: number;
  /** Near misses beyond the defaults (a truncated body and a placeholder). */
  noMatch?: string[];
  /** Matches beyond the two defaults, e.g. a body length seen in the wild. */
  moreMatches?: string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A token recognised by its vendor prefix: `<prefix><body>`, not glued to other token characters on
 * either side. Samples: the token assigned in .env and JSON style; near misses: a truncated body and a
 * `<your-token>` placeholder.
 */
export function prefixedToken(spec: PrefixedTokenSpec): Rule {
  const { prefix, body, sample, name, minEntropy = 3, noMatch = [], moreMatches = [], ...head } = spec;
  return {
    ...head,
    keywords: [prefix.toLowerCase()],
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?<secret>${escapeRegExp(prefix)}(?:${body.source}))(?![A-Za-z0-9_-])`, body.flags),
    minEntropy,
    samples: {
      match: [`${name}=${prefix}${sample}`, `"${name.toLowerCase()}": "${prefix}${sample}"`, ...moreMatches],
      noMatch: [`${name}=${prefix}${sample.slice(0, 6)}`, `${name}=${prefix}<your-token>`, ...noMatch],
    },
  };
}

export interface AssignedSecretSpec extends RuleHead {
  /** Lower-case literals, one of which occurs in every matching assignment. */
  keywords: string[];
  /** The name the value is assigned to (case-insensitive), e.g. `/datadog[\w.-]{0,20}?api[_.-]?key/`. */
  key: RegExp;
  value: RegExp;
  /** A well-formed value for the samples, built with `fake`. */
  sample: string;
  /** The variable name used in the samples; it must match `key`. */
  name: string;
  minEntropy?: number;
  /** Rule-specific placeholders, e.g. PASSWORD_PLACEHOLDERS for free-form passwords. */
  allow?: RegExp[];
  noMatch?: string[];
  /** Matches beyond the two defaults, e.g. another key spelling seen in the wild. */
  moreMatches?: string[];
}

/**
 * A secret without a vendor prefix, recognised by the name it is assigned to. Samples: the value in .env
 * and YAML style; near misses: a `${VAR}` reference and a value too short for the format.
 */
export function assignedSecret(spec: AssignedSecretSpec): Rule {
  const { keywords, key, value, sample, name, minEntropy = 3, allow, noMatch = [], moreMatches = [], ...head } = spec;
  return {
    ...head,
    keywords,
    pattern: assigned(key, value),
    minEntropy,
    ...(allow === undefined ? {} : { allow }),
    samples: {
      match: [`${name}=${sample}`, `${name.toLowerCase()}: "${sample}"`, ...moreMatches],
      noMatch: [`${name}=\${${name}}`, `${name}=${sample.slice(0, 5)}`, ...noMatch],
    },
  };
}

/** A well-formed UUID for samples, the same for the same seed. */
export function fakeUuid(seed: string): string {
  const hex = fake.hex(32, seed);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
