import { describe, expect, test } from 'vitest';
import { checkMembers, makeIdNumber, validateRuleSet } from '@cunce/rules';
import RuleEditorSettings from '../src/components/rule-editor/RuleEditorSettings.vue';
import { readableMessage, rowIssueText } from '../src/model/issueText';
import { mountEditor, policies, policy2025, ruleSetOf, settle } from './support/mountEditor';

describe('rules messages in the editor', () => {
  test('a field named with its label loses the JSON name in brackets', () => {
    const { errors } = validateRuleSet(ruleSetOf({ personCap: 5000 }), policies);
    const cap = errors.find((e) => e.path === '/personCap')!;
    expect(cap.message).toContain('（personCap）');
    expect(readableMessage(cap.message)).toMatch(/^每人补助上限\d/);
    expect(readableMessage(cap.message)).not.toMatch(/[A-Za-z]{3,}/);
  });

  test('brackets holding a rule id or a value stay, an unlabelled JSON name gets its label', () => {
    expect(readableMessage('第1条规则（t500）的金额')).toBe('第1条规则（t500）的金额');
    expect(readableMessage('应为“是”（true）')).toBe('应为“是”（true）');
    expect(readableMessage('请检查 （personCap） 的值')).toBe('请检查 （每人补助上限） 的值');
  });

  test('the cap field of the settings shows the label alone', async () => {
    const { wrapper } = mountEditor(RuleEditorSettings, (d) => ({ doc: d }), ruleSetOf({ personCap: 5000 }));
    await settle();
    const shown = wrapper.find('[data-field="/personCap"] [data-code="CAP_ABOVE_REGION_MAX"]').text();
    expect(shown).toContain('每人补助上限');
    expect(shown).not.toContain('personCap');
  });

  test('a member row issue names its row once, with the ID number and the Chinese column', () => {
    const idNumber = makeIdNumber('640181', '1980-05-01', '101');
    const { errors } = checkMembers(
      [{ idNumber, contribution: 'x' as unknown as number, paymentType: 'CURRENT', isCollectiveMember: true }],
      { year: 2025, policy: policy2025, mode: 'import' },
    );
    expect(errors[0]!.message).toMatch(/^第1行“缴费档次”（contribution）：/);
    expect(rowIssueText(errors[0]!)).toMatch(new RegExp(`^第1行 ${idNumber} “缴费档次”：`));
    expect(rowIssueText(errors[0]!, 2)).toMatch(/^第2行 /);
    expect(rowIssueText({ index: 4, idNumber: '', message: '此人已在别村结算' })).toBe('第5行：此人已在别村结算');
  });
});
