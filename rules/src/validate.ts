import type { PolicySource, Section, Validation } from './types.js';
import { checkAboveRegionMax, refusedInEditor } from './checks/aboveRegionMax.js';
import { checkAgeAsOf } from './checks/ageAsOf.js';
import { checkAmount } from './checks/amounts.js';
import { checkCondition } from './checks/conditions.js';
import { checkDocumentFields } from './checks/documentFields.js';
import { checkFactDeclarations } from './checks/factDeclarations.js';
import { checkFormat } from './checks/format.js';
import type { Issues } from './checks/issues.js';
import { createIssues, pointer } from './checks/issues.js';
import { checkMonotone, type SoundSection } from './checks/monotone.js';
import { checkPersonCap } from './checks/personCap.js';
import { checkRules } from './checks/ruleFields.js';
import { checkSections } from './checks/sections.js';
import type { Obj } from './checks/shape.js';
import { checkTests } from './checks/testCases.js';
import { checkUnreachable } from './checks/unreachable.js';
import { checkVillage } from './checks/village.js';
import type { RuleView, SectionView } from './checks/views.js';
import { checkYears } from './checks/years.js';

/**
 * Validates a rule set (RULESET.md "Validation"): every error and warning, each with a JSON pointer and a
 * Chinese message; `valid` is false exactly when there is an error. Never throws, whatever `doc` is. The
 * checks run structure first; a part whose structure is broken is skipped by the deeper checks.
 */
export function validateRuleSet(doc: unknown, policies: PolicySource): Validation {
  const issues = createIssues();
  if (checkFormat(issues, doc)) checkDocument(issues, doc as Obj, policies);
  return { valid: issues.errors.length === 0, errors: issues.errors, warnings: issues.warnings };
}

/**
 * Validation as the editor applies it while a cadre types: the contract's validation, with an amount typed above
 * the region cap (ABOVE_REGION_MAX on a rule whose amount says how much) refused as an error, as a village cap
 * above it is. Clients of the API keep RULESET.md's validation, where it is a warning.
 */
export function validateForEditor(doc: unknown, policies: PolicySource): Validation {
  const v = validateRuleSet(doc, policies);
  const refused = v.warnings.filter((w) => refusedInEditor(doc, w));
  if (refused.length === 0) return v;
  const errors = [...v.errors, ...refused];
  return { valid: false, errors, warnings: v.warnings.filter((w) => !refused.includes(w)) };
}

function checkDocument(issues: Issues, doc: Obj, policySource: PolicySource): void {
  checkDocumentFields(issues, doc);
  checkVillage(issues, doc);
  const ageAsOf = checkAgeAsOf(issues, doc);
  const { first, policies } = checkYears(issues, doc, policySource);
  checkPersonCap(issues, doc.personCap, policies);
  const facts = checkFactDeclarations(issues, doc);
  const sections = checkSections(issues, doc);
  const rules = checkRules(issues, sections);
  for (const rule of rules) {
    const { when, amount } = rule.obj;
    if (when !== undefined && checkCondition(issues, when, pointer(rule.path, 'when'), rule.where, facts))
      rule.when = when as RuleView['when'];
    if (amount !== undefined && checkAmount(issues, amount, pointer(rule.path, 'amount'), rule.where, facts))
      rule.amount = amount as RuleView['amount'];
  }
  const firstPolicy = policies.find((p) => p.year === first);
  checkTests(issues, doc, { year: first, policy: firstPolicy, ageAsOf, facts: facts.declared });

  checkUnreachable(issues, sections, rules, facts.known);
  checkAboveRegionMax(issues, rules, policies, facts.known);
  const sound = soundSections(doc, sections, rules);
  if (sound) checkMonotone(issues, sound, policies, facts.known);
}

/** The sections as typed values, when every section and every rule passed its checks; else undefined. */
function soundSections(doc: Obj, sections: SectionView[], rules: RuleView[]): SoundSection[] | undefined {
  const all = Array.isArray(doc.sections) ? doc.sections.length : 0;
  if (sections.length !== all || sections.some((s) => !s.key || !s.hitPolicy || !s.rules)) return undefined;
  const result: SoundSection[] = [];
  for (const view of sections) {
    const own = rules.filter((r) => r.section === view);
    if (own.length !== view.rules!.length || own.some((r) => !r.when || !r.amount)) return undefined;
    const section: Section = {
      key: view.key!,
      label: view.label ?? view.key!,
      hitPolicy: view.hitPolicy!,
      rules: own.map((r) => ({ id: r.id ?? '', label: '', when: r.when!, amount: r.amount! })),
    };
    result.push({ view, section });
  }
  return result;
}
