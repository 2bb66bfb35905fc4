/** One section of a rule set in plain Chinese: who gets what under it, printed from its clauses. */
import type { FactInfo } from '../facts.js';
import type { PolicyYear, Section } from '../types.js';
import { clauseLine } from './clauseLines.js';
import type { SectionClauses } from './clauses.js';
import { HIT_POLICY_WORDS } from './labels.js';
import { sectionClauses } from './sectionClauses.js';

export interface SectionDescription extends SectionClauses {
  /** How the section combines several clauses that fit one person, when they can overlap; else empty. */
  how: string;
  /** One sentence per clause: "个人缴费300元的，补助40元。" */
  lines: string[];
}

export function describeSection(section: Section, facts: ReadonlyMap<string, FactInfo>, policy?: PolicyYear | null): SectionDescription {
  const clauses = sectionClauses(section, policy);
  const lines = clauses.clauses.length === 0 ? ['（本项尚未设置补助规则）'] : clauses.clauses.map((c) => clauseLine(c, facts));
  const how = clauses.combine ? (HIT_POLICY_WORDS[clauses.combine] ?? '') : '';
  return { ...clauses, how, lines };
}
