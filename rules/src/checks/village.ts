import type { Issues } from './issues.js';
import type { Obj } from './shape.js';
import { shown } from './shape.js';

const VILLAGE_CODE = /^\d{12}$/;

/** `village` is required: the village's 12-digit statistical division code (统计用区划代码); else BAD_FIELD. */
export function checkVillage(issues: Issues, doc: Obj): void {
  const value = doc.village;
  if (value === undefined) {
    issues.error('/village', 'BAD_FIELD', '规则集缺少村代码（village）：请填写本村12位统计用区划代码，例如640181105201');
    return;
  }
  if (typeof value === 'string' && VILLAGE_CODE.test(value)) return;
  issues.error(
    '/village',
    'BAD_FIELD',
    `村代码（village）应为12位数字的统计用区划代码（写成文字），现为${shown(value)}：请改为例如“640181105201”`,
  );
}
