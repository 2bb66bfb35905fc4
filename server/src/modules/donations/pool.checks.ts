/** Checks of a pool's input: villages of one county, amounts, the condition (with the rules package's checks). */
import { checkPoolCondition, type PolicySource, type TopCondition } from '@cunce/rules';
import type { Em } from '../../db/orm.js';
import { BadUserInput } from '../../errors.js';
import type { Village } from '../reference/division/village.entity.js';
import { getVillage } from '../reference/division/village.lookup.js';
import type { User } from '../reference/user/user.entity.js';
import { assertMayRecordFor } from './donation.access.js';
import { resolveGivers, type Givers } from './donation.givers.js';
import { amountFen, checkYear, MAX_GIFT_YUAN, MAX_POOL_YUAN, optionalText } from './donation.inputs.js';
import type { DonationPool } from './donationPool.entity.js';
import type { PoolInput } from './pool.input.js';

export const MAX_POOL_VILLAGES = 200;

export interface CheckedPool {
  givers: Givers;
  villages: Village[];
  fields: Pick<DonationPool, 'year' | 'countyCode' | 'label' | 'amountFen' | 'perMemberFen' | 'condition' | 'memberOrder' | 'note'>;
}

export async function checkPoolInput(em: Em, user: User, policies: PolicySource, input: PoolInput): Promise<CheckedPool> {
  const givers = await resolveGivers(em, user, input.donorId, input.charityId);
  const villages = await poolVillages(em, input.villageCodes);
  for (const v of villages) assertMayRecordFor(user, v, givers.channel);
  checkYear(policies, input.year);
  return {
    givers,
    villages,
    fields: {
      year: input.year,
      countyCode: villages[0]!.township.county.code,
      label: optionalText('label', '名称', input.label, 100),
      amountFen: amountFen('amount', '资助池总额', input.amount, MAX_POOL_YUAN),
      perMemberFen: amountFen('perMember', '每人金额', input.perMember, MAX_GIFT_YUAN),
      condition: checkCondition(input.condition),
      memberOrder: input.order ?? 'ROSTER',
      note: optionalText('note', '备注', input.note, 500),
    },
  };
}

async function poolVillages(em: Em, codes: readonly string[]): Promise<Village[]> {
  if (codes.length === 0) throw new BadUserInput('请至少选择一个村（villageCodes）', { field: 'villageCodes' });
  if (codes.length > MAX_POOL_VILLAGES)
    throw new BadUserInput(`一个资助池至多${MAX_POOL_VILLAGES}个村（villageCodes）`, { field: 'villageCodes' });
  const villages: Village[] = [];
  for (const code of codes) {
    const v = await getVillage(em, code.trim());
    if (villages.some((x) => x.id === v.id))
      throw new BadUserInput(`村${v.name}（${v.code}）重复（villageCodes），请只填一次`, { field: 'villageCodes' });
    villages.push(v);
  }
  const counties = new Set(villages.map((v) => v.township.county.code));
  if (counties.size > 1)
    throw new BadUserInput(`一个资助池的村须同属一个县（villageCodes 现涉及${[...counties].join('、')}），请按县分别登记`, {
      field: 'villageCodes',
    });
  return villages;
}

/** null (or absent): every member paying for the year. Bad conditions: BAD_USER_INPUT with every issue. */
function checkCondition(condition: unknown): TopCondition | null {
  if (condition === null || condition === undefined) return null;
  const issues = checkPoolCondition(condition);
  if (issues.length === 0) return condition as TopCondition;
  throw new BadUserInput(`受助条件（condition）有${issues.length}处错误：${issues.map((i) => i.message).join('；')}`, {
    field: 'condition',
    issues,
  });
}
