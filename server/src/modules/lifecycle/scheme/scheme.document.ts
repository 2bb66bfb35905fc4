/** The checks a rule set must pass to be stored at all (validity is judged later: invalid versions are kept). */
import { BadUserInput } from '../../../errors.js';
import { assertRuleSetSize } from '../../../limits/limits.js';
import type { Village } from '../../reference/division/village.entity.js';

export type RuleSetDocument = Record<string, unknown> & { village: string; year: number; lastYear?: unknown };

/**
 * The document as an object whose `village` is the village's code (or the code the client used) and whose
 * `year` is the year saved; BAD_USER_INPUT otherwise.
 */
export function assertStorable(doc: unknown, village: Village, codeUsed: string, year: number): RuleSetDocument {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new BadUserInput('补助标准（ruleSet）应为一个JSON对象（RULESET.md 格式），无法保存');
  }
  assertRuleSetSize(doc);
  const { village: docVillage, year: docYear } = doc as Record<string, unknown>;
  if (docVillage !== village.code && docVillage !== codeUsed) {
    throw new BadUserInput(
      `补助标准中的村代码（village）为“${String(docVillage ?? '')}”，与所保存的村${village.name}（${village.code}）不一致`,
      {
        field: 'village',
      },
    );
  }
  if (docYear !== year) {
    throw new BadUserInput(`补助标准中的年度（year）为${String(docYear ?? '空')}，与所保存的年度${year}不一致`, { field: 'year' });
  }
  return doc as RuleSetDocument;
}

/** The document's last year when it is a whole number not before `year`, else null (validation reports it). */
export function lastYearOf(doc: RuleSetDocument, year: number): number | null {
  const last = doc.lastYear;
  return typeof last === 'number' && Number.isInteger(last) && last > year ? last : null;
}
