import type { Assignment } from '../types.js';

/** `Server=db;Database=shop;User Id=app;Password=…;` (ADO.NET, ODBC, JDBC-style property lists). */
const MEMBER = /(?:^|;)[ \t]*([A-Za-z][A-Za-z ]{0,40}?)[ \t]*=[ \t]*(?:"([^"\n]{0,1000})"|'([^'\n]{0,1000})'|([^;\n]{0,1000}))/g;
const HAS_PASSWORD = /(?:^|;)[ \t]*(?:password|pwd)[ \t]*=/i;

/**
 * Splits a `key=value;…` connection string into its members, so the password is reported on its own span
 * and the server, database and user travel with it as one group. Only values that contain a password member
 * are split; the members' scope is the enclosing scope plus the connection string's key.
 */
export function connectionStringMembers(assignment: Assignment): Assignment[] {
  if (assignment.decoded !== undefined || !HAS_PASSWORD.test(assignment.value)) return [];
  const out: Assignment[] = [];
  const groupId = `${assignment.groupId ?? ''}~${assignment.start}`;
  for (const m of assignment.value.matchAll(MEMBER)) {
    const value = m[2] ?? m[3] ?? m[4];
    if (!value) continue;
    const start = assignment.start + m.index + m[0].length - (m[4] === undefined ? 1 : 0) - value.length;
    const trimmed = value.trimEnd();
    if (trimmed.length === 0) continue;
    out.push({ key: m[1]!.trim(), scope: [...assignment.scope, assignment.key], value: trimmed, start, end: start + trimmed.length, groupId });
  }
  return out;
}
