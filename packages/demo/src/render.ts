import { SecretValue } from '@unleak/core';
import { RECIPES, RECIPE_NAMES, isRecipeName } from './recipes.js';

/**
 * `{{fake:<recipe>:<seed>}}` is replaced by the recipe's value; `{{fake-b64:<recipe>:<seed>}}` by its
 * base64 (for Kubernetes `Secret.data`). Scanners read the unrendered marker as a template placeholder.
 */
export const FAKE_MARKER = /\{\{fake(-b64)?:([a-z0-9-]{1,40}):([A-Za-z0-9_.\/-]{1,40})\}\}/g;

/** Ground truth for one secret planted in a materialised example. */
export interface PlantedSecret {
  /** Relative to the example root, forward slashes. */
  file: string;
  /** 1-based line where the value starts (the BEGIN line of a PEM block). */
  line: number;
  /** 1-based column where the value (or its base64 form) starts. */
  column: number;
  recipe: string;
  seed: string;
  /** The value as a program would use it; for base64 markers, the decoded value. */
  value: SecretValue;
  /** Set when the file holds the value base64-encoded. */
  encoding?: 'base64';
  /** For secrets that live only in git history: the commit that added them. */
  commit?: string;
}

export interface RenderResult {
  text: string;
  planted: PlantedSecret[];
  /** One message per bad marker, naming its line and the fix. */
  problems: string[];
}

export function renderTemplate(file: string, template: string): RenderResult {
  const planted: PlantedSecret[] = [];
  const problems: string[] = [];
  let text = '';
  let line = 1;
  let lineStart = 0;
  let copiedUpTo = 0;
  const advance = (chunk: string) => {
    for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) {
      line++;
      lineStart = text.length + i + 1;
    }
    text += chunk;
  };
  for (const m of template.matchAll(FAKE_MARKER)) {
    const [marker, b64, recipe = '', seed = ''] = m;
    advance(template.slice(copiedUpTo, m.index));
    copiedUpTo = m.index + marker.length;
    if (!isRecipeName(recipe)) {
      problems.push(`${file}:${line}: unknown fake recipe '${recipe}'; use one of ${RECIPE_NAMES.join(', ')}`);
      advance(marker);
      continue;
    }
    const value = RECIPES[recipe](seed);
    planted.push({
      file,
      line,
      column: text.length - lineStart + 1,
      recipe,
      seed,
      value: new SecretValue(value),
      ...(b64 ? { encoding: 'base64' as const } : {}),
    });
    advance(b64 ? Buffer.from(value, 'utf8').toString('base64') : value);
  }
  advance(template.slice(copiedUpTo));
  return { text, planted, problems };
}
