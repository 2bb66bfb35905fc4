import { HARDSHIP_CATEGORIES, type FactDeclaration, type Hardship } from '../types.js';
import { isAbsent } from './readers.js';
import { shown, type RowIssues } from './rowIssue.js';

/** Reads `hardship`: a list of known categories (default none), without repeats. */
export function readHardship(value: unknown, issues: RowIssues): Hardship[] | undefined {
  if (isAbsent(value)) return [];
  if (!Array.isArray(value)) {
    issues.error('hardship', 'BAD_FIELD', `应为困难类别的列表，现为${shown(value)}`);
    return undefined;
  }
  const known = HARDSHIP_CATEGORIES as readonly unknown[];
  const unknown = value.filter((v) => !known.includes(v));
  if (unknown.length > 0) {
    issues.error('hardship', 'BAD_FIELD', `${unknown.map(shown).join('、')}不是困难类别，应为 ${HARDSHIP_CATEGORIES.join('、')} 之一`);
    return undefined;
  }
  return [...new Set(value as Hardship[])];
}

/** Reads `custom`: an object whose declared village facts have their declared type (absent or null: not given). */
export function readCustom(value: unknown, facts: readonly FactDeclaration[], issues: RowIssues): Record<string, unknown> | undefined {
  if (isAbsent(value)) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    issues.error('custom', 'BAD_FIELD', `应为对象（各村自定义项目的取值），现为${shown(value)}`);
    return undefined;
  }
  const custom = value as Record<string, unknown>;
  let ok = true;
  for (const fact of facts) {
    const v = Object.hasOwn(custom, fact.name) ? custom[fact.name] : undefined;
    if (isAbsent(v) || fitsFact(fact, v)) continue;
    ok = false;
    issues.error(`custom.${fact.name}`, 'BAD_FACT_VALUE', `“${fact.label}”${expected(fact)}，现为${shown(v)}`);
  }
  return ok ? { ...custom } : undefined;
}

function fitsFact(fact: FactDeclaration, v: unknown): boolean {
  switch (fact.type) {
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'string':
      return typeof v === 'string';
    case 'enum':
      return typeof v === 'string' && (fact.values ?? []).includes(v);
  }
}

function expected(fact: FactDeclaration): string {
  switch (fact.type) {
    case 'number':
      return '应为数字';
    case 'boolean':
      return '应为“是”（true）或“否”（false）';
    case 'string':
      return '应为文字';
    case 'enum':
      return `应为 ${(fact.values ?? []).join('、')} 之一`;
  }
}
