/**
 * Step 2: inline suppression comments. On the finding's line: `unleak:allow` (also gitleaks' and
 * detect-secrets' markers, so teams switching tools keep their annotations). On the line above: the
 * `-next-line` forms, or any marker on a line that holds nothing but a comment.
 */
const SAME_LINE_MARKERS = ['unleak:allow', 'gitleaks:allow', 'pragma: allowlist secret'];
const NEXT_LINE_MARKERS = ['unleak:allow-next-line', 'pragma: allowlist nextline secret'];
const COMMENT_ONLY = /^\s*(?:#|\/\/|\/\*|\*|--|;|<!--|%|rem\s|')/i;

export function inlineIgnoreReason(lines: { line: string; previous: string }): string | undefined {
  const same = SAME_LINE_MARKERS.find((m) => lines.line.includes(m));
  if (same) return `'${same}' on the line`;
  const above = NEXT_LINE_MARKERS.find((m) => lines.previous.includes(m));
  if (above) return `'${above}' on the line above`;
  if (COMMENT_ONLY.test(lines.previous)) {
    const marker = SAME_LINE_MARKERS.find((m) => lines.previous.includes(m));
    if (marker) return `'${marker}' in the comment on the line above`;
  }
  return undefined;
}
