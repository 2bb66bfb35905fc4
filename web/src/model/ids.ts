import type { RuleSet } from '@cunce/rules';

/** Fresh rule ids and section keys: identifiers unique in the document (DUPLICATE_RULE_ID, DUPLICATE_SECTION). */

function unique(taken: Set<string>, base: string): string {
  const clean = base.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(?=\d)/, 'r');
  if (!taken.has(clean)) return clean;
  for (let n = 2; ; n++) if (!taken.has(`${clean}_${n}`)) return `${clean}_${n}`;
}

export function newRuleId(doc: Pick<RuleSet, 'sections'>, base: string): string {
  return unique(new Set(doc.sections.flatMap((s) => s.rules.map((r) => r.id))), base);
}

export function newSectionKey(doc: Pick<RuleSet, 'sections'>, base: string): string {
  return unique(new Set(doc.sections.map((s) => s.key)), base);
}
