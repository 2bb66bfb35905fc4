/**
 * What an irreversible button commits, said once more before it is done: the amount and the number of people
 * for money, what locks and who answers next for a filing. Plain functions, so the words are tested as words.
 */
import type { Totals } from '@cunce/rules';

export interface ConfirmWords {
  title: string;
  message: string;
  button: string;
}

/** An amount as the confirmations say it: "1,234.5 元". */
export const yuanText = (n: number) => `${n.toLocaleString('en-US')} 元`;

/** 确认结算: the village's collective money is committed to the listed people. */
export function confirmSettlementWords(totals: Totals, supplementary: boolean): ConfirmWords {
  return {
    title: '确认结算',
    message:
      `确认后，村集体将为 ${totals.eligible} 人发放集体补助共 ${yuanText(totals.collective)}（花名册 ${totals.members} 人），` +
      `动用村集体资金，结果报经办机构受理。确认后不能撤销或重新结算${supplementary ? '' : '，之后新缴费的人员只能补充结算'}。`,
    button: `确认动用 ${yuanText(totals.collective)}`,
  };
}

/** 受理: the agency takes the confirmed amounts as the basis for crediting personal accounts. */
export function acceptSettlementWords(totals: Totals): ConfirmWords {
  return {
    title: '受理结算',
    message:
      `受理后，${totals.eligible} 人的集体补助共 ${yuanText(totals.collective)} 将作为记入个人账户的依据，` +
      '村里不能再修改这次结算。受理后不能撤销。',
    button: '确认受理',
  };
}

/** 报送备案: the saved version locks until the departments answer. */
export function submitFilingWords(version: number): ConfirmWords {
  return {
    title: '报送备案',
    message:
      `报送后，第 ${version} 版补助标准锁定，不能再修改，也不能撤回；` +
      '乡镇（街道）、县（区）人社部门和农业农村部门签收后备案生效，任一部门退回后才能修改。',
    button: '确认报送',
  };
}

/** 签收备案 / 签收暂停: the department's receipt is final; the last receipt puts the standard into force (or suspends it). */
export function acknowledgeWords(kind: 'FILING' | 'SUSPENSION', department: string, version: number | null): ConfirmWords {
  if (kind === 'SUSPENSION')
    return {
      title: '签收暂停',
      message: `您代表${department}签收暂停实施。签收后不能撤回；两部门都签收后，本村停止发放集体补助，直到恢复实施。`,
      button: '确认签收',
    };
  return {
    title: '签收备案',
    message:
      `您代表${department}签收第 ${version ?? '—'} 版补助标准。签收后不能撤回，也不能再退回；` +
      '三个部门都签收后备案生效，村里按此标准结算、动用集体资金。',
    button: '确认签收',
  };
}

/** 撤回 the last recorded step: it disappears from the record (the audit log keeps it) and can be recorded again. */
export function withdrawStepWords(label: string): ConfirmWords {
  return {
    title: '撤回步骤',
    message: `撤回“${label}”后，此步骤从本版本的记录中删除（操作记录中保留），可改正日期或人数后重新记录。`,
    button: `撤回“${label}”`,
  };
}

/**
 * 批量结算: drafts for every village of the scope with a roster; nothing is committed (each village's cadre
 * confirms its own), but every draft there is replaced.
 */
export function settleVillagesWords(scope: string, year: number): ConfirmWords {
  return {
    title: '批量结算',
    message:
      `将为${scope}${year}年度花名册有成员的各村，按各村执行中的补助标准生成结算草稿，并替换各村现有的结算草稿。` +
      '已确认结算的村、花名册为演示样例或有误的村不结算，并列出原因。草稿不动用集体资金：确认结算仍由各村村干部逐村进行。',
    button: '生成各村结算草稿',
  };
}
