import type { Assignment, Extractor } from '../types.js';

/** `machine host login user password secret` (tokens may span lines); `default` stands for any host. */
const TOKEN = /\S+/g;
const KEYS: Record<string, string> = { machine: 'host', login: 'username', password: 'password', account: 'account' };

/** `.netrc` / `_netrc`: one group per `machine` entry, keyed `host`, `username`, `password`. */
export const netrcExtractor: Extractor = {
  id: 'netrc',
  fileKinds: ['netrc'],
  extract({ text, file }) {
    const out: Assignment[] = [];
    let pending: string | undefined;
    let machine = '';
    let groupAt = 0;
    for (const m of text.matchAll(TOKEN)) {
      const word = m[0];
      if (pending) {
        if (pending === 'host') {
          machine = word;
          groupAt = m.index;
        }
        out.push({ key: pending, scope: machine ? [`machine ${machine}`] : [], value: word, start: m.index, end: m.index + word.length, groupId: `${file}#${groupAt}` });
        pending = undefined;
      } else if (word === 'default') {
        machine = 'default';
        groupAt = m.index;
      } else if (word === 'macdef') {
        break;
      } else {
        pending = KEYS[word];
      }
    }
    return out;
  },
};
