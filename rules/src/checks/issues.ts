import type { Issue } from '../types.js';

/** Where the checks put what they find: errors block a rule set, warnings never do. */
export interface Issues {
  readonly errors: Issue[];
  readonly warnings: Issue[];
  error(path: string, code: string, message: string): void;
  warn(path: string, code: string, message: string): void;
}

export function createIssues(): Issues {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  return {
    errors,
    warnings,
    error: (path, code, message) => void errors.push({ path, code, message }),
    warn: (path, code, message) => void warnings.push({ path, code, message }),
  };
}

/** A JSON pointer (RFC 6901): `base` followed by the segments, each escaped (`~` → `~0`, `/` → `~1`). */
export function pointer(base: string, ...segments: (string | number)[]): string {
  return base + segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
