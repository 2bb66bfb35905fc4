/** Chinese words for the rule set's own settings, shared by the editor and the notices. */

export const HIT_POLICY_LABELS: Record<string, string> = {
  MAX: '取最高：符合多条时只给金额最高的一条',
  SUM: '累加：符合的各条金额相加',
  FIRST: '取第一条：按顺序给第一条符合的',
};

export const AGE_AS_OF_LABELS: Record<string, string> = { YEAR_END: '年末（12月31日）', YEAR_START: '年初（1月1日）' };

export const FUND_SOURCE_LABELS: Record<string, string> = { COLLECTIVE_INCOME: '集体经济组织收益' };
