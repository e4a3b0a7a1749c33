import { isPair, isScalar, isSeq, parseAllDocuments, visit, type Document, type Scalar } from 'yaml';

export interface LocatedScalar {
  docIndex: number;
  doc: Document.Parsed;
  scalar: Scalar;
  /** Keys and sequence indexes from the document root to the scalar. */
  path: (string | number)[];
  /** Source offsets of the scalar, quotes included, tag and anchor excluded. */
  start: number;
  end: number;
  /** Offsets of the scalar's characters between its quotes. */
  contentStart: number;
  contentEnd: number;
  quote: '' | "'" | '"' | 'block';
}

export function parseYamlDocuments(text: string): Document.Parsed[] {
  return parseAllDocuments(text, { keepSourceTokens: false }) as Document.Parsed[];
}

/** The value scalar (not a key) whose source contains `offset`, with its key path. */
export function scalarAt(docs: Document.Parsed[], offset: number): LocatedScalar | undefined {
  for (const [docIndex, doc] of docs.entries()) {
    const [docStart, , docEnd] = doc.range;
    if (offset < docStart || offset > docEnd) continue;
    let found: LocatedScalar | undefined;
    visit(doc, {
      Scalar(key, node, ancestors) {
        const range = node.range;
        if (key === 'key' || !range || offset < range[0] || offset >= range[1]) return undefined;
        const path: (string | number)[] = [];
        for (let i = 0; i < ancestors.length; i++) {
          const a = ancestors[i];
          const child = ancestors[i + 1] ?? node;
          if (isPair(a) && isScalar(a.key)) path.push(String(a.key.value));
          else if (isSeq(a)) path.push(a.items.indexOf(child as never));
        }
        const quote = node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : node.type === 'PLAIN' ? '' : 'block';
        const inset = quote === '"' || quote === "'" ? 1 : 0;
        found = { docIndex, doc, scalar: node, path, start: range[0], end: range[1], contentStart: range[0] + inset, contentEnd: range[1] - inset, quote };
        return visit.BREAK;
      },
    });
    if (found) return found;
  }
  return undefined;
}

/** A plain JS view of a map node's `key` value, for reading `kind`, `Type`, `metadata.name`. */
export function getIn(doc: Document.Parsed, path: (string | number)[]): unknown {
  const v = doc.getIn(path, false);
  return isScalar(v) ? v.value : v;
}

export function yamlSyntaxError(text: string): string | undefined {
  const docs = parseAllDocuments(text);
  const withErrors = (Array.isArray(docs) ? docs : []).find((d) => d.errors.length > 0);
  return withErrors ? `YAML no longer parses: ${withErrors.errors[0]?.message.split('\n')[0] ?? 'unknown error'}` : undefined;
}

