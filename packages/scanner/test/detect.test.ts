import { describe, expect, it } from 'vitest';
import { createDetector } from '../src/detect.js';
import type { Fragment } from '../src/types.js';
import { demoToken, standInKit } from './helpers.js';

const fragment = (text: string, extra: Partial<Fragment> = {}): Fragment => ({ file: 'a.env', text, fileKind: 'dotenv', isTest: false, ...extra });

describe('detect', () => {
  const detect = createDetector(standInKit);

  it('runs the rules whose keywords hit and enriches context from the enclosing assignment', () => {
    const token = demoToken('d1');
    const [c, ...rest] = detect(fragment(`# config\nAPI_TOKEN=${token}\n`));
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ ruleId: 'demo-token', secret: token, kind: 'api-key', context: { fileKind: 'dotenv', key: 'API_TOKEN', groupId: 'g1', isTest: false } });
    expect(`# config\nAPI_TOKEN=${token}\n`.slice(c!.start, c!.end)).toBe(token);
  });

  it('lets a provider rule beat a generic one on the same span', () => {
    const token = demoToken('d2');
    const found = detect(fragment(`DB_PASSWORD=${token}\nADMIN_PASSWORD=hunter2hunter2\n`));
    expect(found.map((c) => c.ruleId)).toEqual(['demo-token', 'generic-password']);
  });

  it('runs rules on decoded values and points at the assignment span', () => {
    const token = demoToken('d3');
    const encoded = Buffer.from(token).toString('base64');
    const text = `data:\n  token: ${encoded}\n`;
    const kit = {
      ...standInKit,
      extractAssignments: () => [{ key: 'token', scope: ['Secret/x', 'data'], value: encoded, start: text.indexOf(encoded), end: text.indexOf(encoded) + encoded.length, decoded: token }],
    };
    const [c] = createDetector(kit)(fragment(text, { fileKind: 'kubernetes' }));
    expect(c).toMatchObject({ ruleId: 'demo-token', secret: token, start: text.indexOf(encoded), context: { key: 'token', scope: ['Secret/x', 'data'] } });
  });

  it('finds nothing and runs no rule when no keyword occurs', () => {
    let calls = 0;
    const kit = { ...standInKit, matchRule: (...a: Parameters<typeof standInKit.matchRule>) => (calls++, standInKit.matchRule(...a)) };
    expect(createDetector(kit)(fragment('plain text only\n'))).toEqual([]);
    expect(calls).toBe(0);
  });
});
