import type { Assignment, Extractor } from '../types.js';

/** `<password>value</password>`, `<db.password>…`: element text under a simple element name. */
const ELEMENT_TEXT = /<([A-Za-z_][\w.:-]{0,100})(?:[ \t][^<>]{0,1000})?>([^<>\n]{1,4096})<\/\1>/g;
/** `<add key="DbPassword" value="…"/>`, `<property name="password" value="…"/>`, `<entry key=… value=…>`. */
const NAMED_VALUE = /<[A-Za-z_][\w.:-]{0,100}[ \t\n]{1,50}(?:[^<>]{0,1000}?[ \t\n])?(?:key|name)[ \t]*=[ \t]*"([^"<>\n]{1,200})"[^<>]{0,1000}?[ \t\n]value[ \t]*=[ \t]*"([^"<>\n]{0,4096})"/g;
/** Any attribute: `password="…"`, `connectionString="…"`. */
const ATTRIBUTE = /[ \t\n]([A-Za-z_][\w.:-]{0,100})[ \t]*=[ \t]*"([^"<>\n]{1,4096})"/g;

/**
 * XML (Maven settings, .NET config, Spring beans, Tomcat): element text, `key`/`name` + `value` attribute
 * pairs and plain attributes. Each element is its own group; CDATA and entities are left as written.
 */
export const xmlExtractor: Extractor = {
  id: 'xml',
  fileKinds: ['xml'],
  extract({ text, file }) {
    const out: Assignment[] = [];
    const seen = new Set<number>();
    const push = (key: string, value: string, end: number, groupAt: number) => {
      const start = end - value.length;
      if (value.length === 0 || seen.has(start)) return;
      seen.add(start);
      out.push({ key, scope: [], value, start, end, groupId: `${file}#${groupAt}` });
    };
    for (const m of text.matchAll(NAMED_VALUE)) {
      push(m[1]!, m[2]!, m.index + m[0].length - 1, m.index);
    }
    for (const m of text.matchAll(ELEMENT_TEXT)) {
      const name = m[1]!;
      const closing = name.length + 3;
      const value = m[2]!.trim();
      const end = m.index + m[0].length - closing - (m[2]!.length - m[2]!.trimEnd().length);
      if (value.length > 0) push(name.slice(name.lastIndexOf(':') + 1), value, end, parentGroup(text, m.index));
    }
    for (const m of text.matchAll(ATTRIBUTE)) {
      const name = m[1]!;
      if (name === 'key' || name === 'name' || name === 'value' || name.startsWith('xmlns')) continue;
      push(name, m[2]!, m.index + m[0].length - 1, m.index);
    }
    return out;
  },
};

/** Sibling elements (`<username>`, `<password>` in one `<server>`) group by their parent's opening tag. */
function parentGroup(text: string, at: number): number {
  const from = Math.max(0, at - 4000);
  const window = text.slice(from, at);
  let depth = 0;
  for (let p = window.lastIndexOf('<'); p >= 0; p = p > 0 ? window.lastIndexOf('<', p - 1) : -1) {
    const next = window[p + 1];
    const close = window.indexOf('>', p);
    if (next === '/') depth++;
    else if (next === '?' || next === '!' || (close > 0 && window[close - 1] === '/')) continue;
    else if (depth === 0) return from + p;
    else depth--;
  }
  return from;
}
