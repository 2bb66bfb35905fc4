import type { Issues } from './issues.js';
import { pointer } from './issues.js';
import { moneyFen, rateMicros } from './moneyField.js';
import type { Obj } from './shape.js';
import { isRecord, reportUnknownFields, shown } from './shape.js';
import type { FactTable } from './views.js';

/**
 * A rule's `amount` is exactly one of `{ fixed }` or `{ rate, of, min?, max? }` (BAD_AMOUNT for neither
 * or both; BAD_FIELD for another field, a missing `of` or an amount that is no object). `fixed`, `min`,
 * `max` are money and `rate` has at most 6 decimals, none negative; `min` above `max`, or `of` not
 * naming a numeric fact: BAD_AMOUNT. Returns whether the amount is sound.
 */
export function checkAmount(issues: Issues, amount: unknown, path: string, where: string, facts: FactTable): boolean {
  const what = `${where}的金额`;
  if (!isRecord(amount)) {
    issues.error(
      path,
      'BAD_FIELD',
      `${what}（amount）应为对象，现为${shown(amount)}：请改为 {"fixed": 30} 或 {"rate": 0.08, "of": "contribution"}`,
    );
    return false;
  }
  const isFixed = 'fixed' in amount;
  if (isFixed === 'rate' in amount) {
    const text = isFixed ? '不能同时有固定金额（fixed）和比例（rate）' : '应有固定金额（fixed）或比例（rate）';
    issues.error(path, 'BAD_AMOUNT', `${what}${text}：请改为 {"fixed": 30} 或 {"rate": 0.08, "of": "contribution"} 二者之一`);
    return false;
  }
  if (isFixed) {
    reportUnknownFields(issues, amount, path, ['fixed'], what);
    return moneyFen(issues, amount.fixed, pointer(path, 'fixed'), `${what}：固定金额`) !== undefined && Object.keys(amount).length === 1;
  }
  return rateAmount(issues, amount, path, what, facts);
}

function rateAmount(issues: Issues, amount: Obj, path: string, what: string, facts: FactTable): boolean {
  reportUnknownFields(issues, amount, path, ['rate', 'of', 'min', 'max'], what);
  let ok = Object.keys(amount).every((k) => ['rate', 'of', 'min', 'max'].includes(k));
  ok = rateMicros(issues, amount.rate, pointer(path, 'rate'), `${what}：比例`) !== undefined && ok;
  ok = checkOf(issues, amount.of, pointer(path, 'of'), what, facts) && ok;
  const min = amount.min === undefined ? undefined : moneyFen(issues, amount.min, pointer(path, 'min'), `${what}：最低金额（min）`);
  const max = amount.max === undefined ? undefined : moneyFen(issues, amount.max, pointer(path, 'max'), `${what}：最高金额（max）`);
  if ((amount.min !== undefined && min === undefined) || (amount.max !== undefined && max === undefined)) return false;
  if (min !== undefined && max !== undefined && min > max) {
    issues.error(
      pointer(path, 'min'),
      'BAD_AMOUNT',
      `${what}：最低金额（${min / 100}元）高于最高金额（${max / 100}元）：请把最低金额改为不超过${max / 100}元`,
    );
    return false;
  }
  return ok;
}

function checkOf(issues: Issues, of: unknown, path: string, what: string, facts: FactTable): boolean {
  if (typeof of !== 'string') {
    const text = of === undefined ? '缺少计算基数（of）' : `的计算基数（of）应为事实名称，现为${shown(of)}`;
    issues.error(path, 'BAD_FIELD', `${what}${text}：请填写数字类事实，例如 "contribution"（缴费档次）`);
    return false;
  }
  if (facts.opaque.has(of)) return false; // its declaration is reported already
  const fact = facts.known.get(of);
  if (fact?.type === 'number') return true;
  const text = fact ? `“${fact.label}”不是数字` : `事实“${of}”不存在`;
  issues.error(path, 'BAD_AMOUNT', `${what}：计算基数（of）${text}，比例只能乘以数字类事实：请改为例如 "contribution"（缴费档次）`);
  return false;
}
