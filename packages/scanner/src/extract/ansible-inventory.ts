import type { Assignment, Extractor } from '../types.js';
import { forEachLine } from './lines.js';

/** `web1 ansible_host=10.0.0.5 ansible_user=deploy ansible_password=…` and `[group:vars]` lines. */
const INLINE_VAR = /(?<![\w.-])([A-Za-z_]\w{0,100})=(?:"([^"\n]{0,4096})"|'([^'\n]{0,4096})'|([^\s"']{1,4096}))/g;

/**
 * Ansible INI inventories: host lines with inline variables (one group per host) and `[*:vars]` sections.
 * YAML inventories and vars files are read by the YAML extractor.
 */
export const ansibleInventoryExtractor: Extractor = {
  id: 'ansible-inventory',
  fileKinds: ['ansible'],
  extract({ text, file }) {
    if (/^\s*(---|- |[A-Za-z_][\w-]*:\s)/.test(text)) return [];
    const out: Assignment[] = [];
    let section: string[] = [];
    let sectionStart = 0;
    forEachLine(text, (from, to) => {
      const line = text.slice(from, to);
      const header = /^\s*\[([^\]]{1,200})\]/.exec(line);
      if (header) {
        section = [header[1]!];
        sectionStart = from;
        return;
      }
      if (/^\s*[#;]/.test(line)) return;
      const host = /^\s*([^\s=]+)\s/.exec(line)?.[1];
      const vars = section[0]?.endsWith(':vars');
      for (const m of line.matchAll(INLINE_VAR)) {
        const value = m[2] ?? m[3] ?? m[4];
        if (!value) continue;
        const end = from + m.index + m[0].length - (m[4] === undefined ? 1 : 0);
        const scope = vars || !host || host.includes('=') ? section : [...section, host];
        out.push({ key: m[1]!, scope, value, start: end - value.length, end, groupId: `${file}#${vars ? sectionStart : from}` });
      }
    });
    return out;
  },
};
