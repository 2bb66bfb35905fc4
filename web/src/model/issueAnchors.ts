import type { Issue } from '@cunce/rules';

/**
 * Where a validation issue is shown: at the deepest field on screen whose path is a prefix of the issue's JSON
 * pointer (`/sections/0/rules/2/amount/max` lands at the rule's amount editor when there is no field for `max`).
 * An issue with no such field lands at the root anchor `""`, shown above the editor, so none is ever hidden.
 */

export function segmentsOf(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

export function anchorOf(issuePath: string, anchors: ReadonlySet<string>): string {
  const segments = segmentsOf(issuePath);
  for (let n = segments.length; n > 0; n--) {
    const candidate = pointerOf(segments.slice(0, n));
    if (anchors.has(candidate)) return candidate;
  }
  return '';
}

export interface AnchoredIssue extends Issue {
  severity: 'error' | 'warning';
}

export function anchorIssues(
  errors: readonly Issue[],
  warnings: readonly Issue[],
  anchors: ReadonlySet<string>,
): Map<string, AnchoredIssue[]> {
  const map = new Map<string, AnchoredIssue[]>();
  const put = (issue: Issue, severity: AnchoredIssue['severity']) => {
    const at = anchorOf(issue.path, anchors);
    map.set(at, [...(map.get(at) ?? []), { ...issue, severity }]);
  };
  errors.forEach((i) => put(i, 'error'));
  warnings.forEach((i) => put(i, 'warning'));
  return map;
}
