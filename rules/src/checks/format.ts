import { FORMAT } from '../types.js';
import type { Issues } from './issues.js';
import { isRecord, shown } from './shape.js';

/**
 * The document is a JSON object whose `format` is `cunce.ruleset/1`: anything else is UNSUPPORTED_FORMAT.
 * Returns whether the other checks can read the document: not when it is no object at all, nor when it
 * names another format (its fields would mean something else); a missing `format` is reported and the
 * rest is still checked.
 */
export function checkFormat(issues: Issues, doc: unknown): boolean {
  if (!isRecord(doc)) {
    issues.error(
      '',
      'UNSUPPORTED_FORMAT',
      `规则集应为一个JSON对象（含 format、village、year、sections 等字段），现为${shown(doc)}：请提交补助标准文档`,
    );
    return false;
  }
  if (doc.format === FORMAT) return true;
  if (doc.format === undefined) {
    issues.error('/format', 'UNSUPPORTED_FORMAT', `规则集缺少格式（format）：请填写“${FORMAT}”`);
    return true;
  }
  issues.error('/format', 'UNSUPPORTED_FORMAT', `规则集的格式（format）${shown(doc.format)}不受支持：请改为“${FORMAT}”`);
  return false;
}
