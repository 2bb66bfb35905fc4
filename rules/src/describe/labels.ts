/** Chinese words for the rule set's own settings, shared by the editor and the notices. */

export const HIT_POLICY_LABELS: Record<string, string> = {
  MAX: '取最高：符合多条时只给金额最高的一条',
  SUM: '累加：符合的各条金额相加',
  FIRST: '取第一条：按顺序给第一条符合的',
};

/** The same for a villager reading the notice: what happens to someone who meets several rules of a section. */
export const HIT_POLICY_WORDS: Record<string, string> = {
  MAX: '同时符合多条的，只按金额最高的一条补助，不累加。',
  SUM: '同时符合多条的，各条金额相加。',
  FIRST: '同时符合多条的，按排在前面的一条补助。',
};

export const AGE_AS_OF_LABELS: Record<string, string> = { YEAR_END: '年末（12月31日）', YEAR_START: '年初（1月1日）' };

export const FUND_SOURCE_LABELS: Record<string, string> = { COLLECTIVE_INCOME: '集体经济组织收益' };
