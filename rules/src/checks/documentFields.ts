import type { Issues } from './issues.js';
import { moneyFen } from './moneyField.js';
import { DOCUMENT } from './labels.js';
import type { Obj } from './shape.js';
import { enumField, reportUnknownFields, textField } from './shape.js';

export const DOCUMENT_FIELDS = [
  'format',
  'village',
  'year',
  'lastYear',
  'title',
  'fundSource',
  'ageAsOf',
  'personCap',
  'budget',
  'overBudget',
  'facts',
  'sections',
  'tests',
] as const;

/**
 * The document's own simple fields: no field outside RULESET.md's table (BAD_FIELD); `title` and
 * `fundSource` non-empty text, `overBudget` `PRORATE` or `REJECT` (BAD_FIELD); `personCap` and `budget`
 * money (BAD_AMOUNT). `village`, `year`, `ageAsOf` and the arrays have checks of their own.
 */
export function checkDocumentFields(issues: Issues, doc: Obj): void {
  reportUnknownFields(issues, doc, '', DOCUMENT_FIELDS, DOCUMENT);
  textField(issues, doc, 'title', '', { where: DOCUMENT, label: '标题', required: false });
  textField(issues, doc, 'fundSource', '', { where: DOCUMENT, label: '资金来源', required: false });
  enumField(issues, doc, 'overBudget', '', { where: DOCUMENT, label: '超预算处理方式', required: false, values: ['PRORATE', 'REJECT'] });
  if (doc.personCap !== undefined) moneyFen(issues, doc.personCap, '/personCap', '每人补助上限（personCap）');
  if (doc.budget !== undefined) moneyFen(issues, doc.budget, '/budget', '集体补助预算（budget）');
}
