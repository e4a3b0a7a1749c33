import type { StoreKind } from '@unleak/core';

/** Placeholders a naming template may use. */
export const NAME_PLACEHOLDERS = ['project', 'env', 'name', 'kind'] as const;
export type NameFields = Record<(typeof NAME_PLACEHOLDERS)[number], string>;

/** The stores a naming template is set for, as written under `naming:` in unleak.yaml. */
export const NAMING_STORES = ['ssm', 'secrets-manager', 'vault'] as const;
export type NamingStore = (typeof NAMING_STORES)[number];
export type NamingTemplates = Record<NamingStore, string>;

export const DEFAULT_NAMING: NamingTemplates = {
  ssm: '/{project}/{env}/{name}',
  'secrets-manager': '{project}/{env}/{name}',
  vault: '{project}/{env}/{name}',
};

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Problems with a template: unknown placeholders, stray braces, no `{name}` (every value would collide). */
export function templateProblems(template: string, where: string): string[] {
  const problems: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) {
    const field = m[1] ?? '';
    if (!(NAME_PLACEHOLDERS as readonly string[]).includes(field)) {
      problems.push(`${where}: unknown placeholder '{${field}}'; use ${NAME_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`);
    }
  }
  if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) problems.push(`${where}: unbalanced '{' or '}' in '${template}'`);
  if (!template.includes('{name}')) problems.push(`${where}: the template must contain {name}, or every value gets the same name`);
  return problems;
}

export function namingStoreOf(store: StoreKind): NamingStore | undefined {
  if (store === 'ssm-string' || store === 'ssm-secure') return 'ssm';
  if (store === 'secrets-manager' || store === 'vault') return store;
  return undefined;
}

/** `DB_PASSWORD` → `db-password`, `spring.datasource.password` → `spring-datasource-password`, `ReportsDBPassword` → `reports-db-password`. */
export function kebab(text: string): string {
  return text
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The template filled in and made valid for the store (see stores.md §2): allowed characters, reserved prefixes. */
export function renderName(store: StoreKind, templates: NamingTemplates, fields: NameFields): string {
  const namingStore = namingStoreOf(store);
  if (!namingStore) return '';
  const filled = templates[namingStore].replace(PLACEHOLDER, (_, field: string) => segment(fields[field as keyof NameFields] ?? ''));
  return normalise(namingStore, filled);
}

function segment(value: string): string {
  return value.replace(/\/+/g, '-') || 'default';
}

function normalise(store: NamingStore, name: string): string {
  const collapsed = name.replace(/\/{2,}/g, '/');
  if (store === 'ssm') {
    let n = collapsed.replace(/[^a-zA-Z0-9_.\-/]/g, '-');
    if (!n.startsWith('/') && n.includes('/')) n = `/${n}`;
    // Parameter names may not start with `aws` or `ssm` (case-insensitive), with or without the slash.
    n = n.replace(/^(\/?)(aws|ssm)/i, '$1x-$2');
    return n.split('/').slice(0, 16).join('/');
  }
  if (store === 'secrets-manager') {
    const n = collapsed.replace(/^\/+/, '').replace(/[^a-zA-Z0-9/_+=.@-]/g, '-');
    // A name ending in '-' + 6 characters reads as a partial ARN.
    return n.replace(/-([a-zA-Z0-9]{6})$/, '_$1');
  }
  return collapsed
    .replace(/^\/+|\/+$/g, '')
    .replace(/[^a-zA-Z0-9_.\-/]/g, '-')
    .replace(/\.(?=\/|$)/g, '_');
}
