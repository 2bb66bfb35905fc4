import { describe, expect, test } from 'vitest';
import { mount } from '@vue/test-utils';
import {
  fenToYuan,
  interestRates,
  makeIdNumber,
  NINGXIA_PENSION,
  policySource,
  NINGXIA_POLICY_YEARS,
  projectAccount,
  yuanToFen,
  type ProjectionPath as RulesPath,
} from '@cunce/rules';
import { reactive } from 'vue';
import ProjectionAssumptions from '../src/components/projection/ProjectionAssumptions.vue';
import ProjectionSummary from '../src/components/projection/ProjectionSummary.vue';
import ProjectionTable from '../src/components/projection/ProjectionTable.vue';
import { evaluateAlone } from '../src/composables/usePreview';
import type { ProjectionData, ProjectionPath } from '../src/graphql/projection';
import {
  assumptionValues,
  assumptionsInput,
  formFromMember,
  noOverrides,
  subsidyOfTier,
  type ProjectionForm,
} from '../src/model/projectionForm';
import { assumptionWords } from '../src/model/projectionWords';
import { tierRule } from '../src/model/tierRows';
import { policy2025, ruleSetOf, settle } from './support/mountEditor';

const form = (overrides: Partial<ProjectionForm> = {}): ProjectionForm => ({
  year: 2025,
  birthDate: '1975-03-01',
  contributionYears: 10,
  balance: 5000,
  contribution: 300,
  governmentSubsidy: 50,
  collective: 30,
  donation: 0,
  ...overrides,
});

/** What the server's `projection` answers for `f` (the rules' projectAccount, fen to yuan as projection.mapper.ts does). */
function projectionOf(f: ProjectionForm): ProjectionData {
  const fen = (y: number) => yuanToFen(y)!;
  const result = projectAccount(
    {
      year: f.year,
      birthDate: f.birthDate,
      contributionYears: f.contributionYears,
      balanceFen: fen(f.balance),
      credit: {
        contributionFen: fen(f.contribution),
        governmentSubsidyFen: fen(f.governmentSubsidy),
        collectiveFen: fen(f.collective),
        donationFen: fen(f.donation),
      },
    },
    { interestRates: interestRates(NINGXIA_PENSION), basicPensionMonthlyFen: fen(NINGXIA_PENSION.years[0]!.basicPensionMonthly) },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const p = result.projection;
  const path = (x: RulesPath): ProjectionPath => ({
    years: x.years.map((y) => ({
      year: y.year,
      age: y.age,
      interestRate: y.interestRate,
      start: fenToYuan(y.startFen),
      interest: fenToYuan(y.interestFen),
      credit: fenToYuan(y.creditFen),
      end: fenToYuan(y.endFen),
    })),
    balance: fenToYuan(x.balanceFen),
    accountMonthly: fenToYuan(x.accountMonthlyFen),
    monthlyPension: fenToYuan(x.monthlyPensionFen),
  });
  return {
    year: p.year,
    lastYear: p.lastYear,
    pensionAge: p.pensionAge,
    contributionYears: p.contributionYears,
    basicPensionMonthly: fenToYuan(p.basicPensionMonthlyFen),
    ageExtraMonthly: fenToYuan(p.ageExtraFen),
    longContributionExtraMonthly: fenToYuan(p.longContributionExtraFen),
    interestRates: [],
    futureInterestRate: null,
    withCollective: path(p.withCollective),
    withoutCollective: path(p.withoutCollective),
  };
}

describe('personal-account projection', () => {
  test('a roster member fills the form: birth date from the ID number, the tier, and what the standard gives them', async () => {
    const idNumber = makeIdNumber('640181', '1972-08-15', '123');
    const member = { idNumber, contribution: 500, paymentType: 'CURRENT' as const, isCollectiveMember: true, contributionYears: 12 };
    const standard = ruleSetOf({
      sections: [
        {
          key: 'tier',
          label: '档次补助',
          kind: 'TIER',
          hitPolicy: 'FIRST',
          rules: [tierRule('t500', 500, { fixed: 60 }), tierRule('t200', 200, { fixed: 20 })],
        },
      ],
    });
    const outcome = await evaluateAlone(standard, member, policySource(NINGXIA_POLICY_YEARS));
    expect(formFromMember(member, outcome, 2025, policy2025)).toEqual({
      year: 2025,
      birthDate: '1972-08-15',
      contributionYears: 12,
      balance: 0,
      contribution: 500,
      governmentSubsidy: subsidyOfTier(policy2025, 500),
      collective: 60,
      donation: 0,
    });
    expect(subsidyOfTier(policy2025, 500)).toBe(policy2025.tiers.find((t) => t.amount === 500)!.governmentSubsidy);
  });

  test('a masked ID number cannot fill the form (its birth date is hidden)', () => {
    expect(formFromMember({ idNumber: '640181********1234', contribution: 300 }, null, 2025, policy2025)).toBeNull();
  });

  test('only the assumptions the cadre changed are sent; the rest repeat this year', () => {
    const f = form();
    expect(assumptionsInput(noOverrides(), f)).toEqual({});
    expect(assumptionsInput({ ...noOverrides(), contribution: 300, collective: 80, interestPercent: 2 }, f)).toEqual({
      futureCollective: 80,
      futureInterestRate: 0.02,
    });
    expect(assumptionValues({ ...noOverrides(), collective: 80 }, f)).toEqual({
      contribution: 300,
      governmentSubsidy: 50,
      collective: 80,
      interestPercent: 2.62,
    });
  });

  test('a figure typed into an assumption box becomes the assumption for later years', async () => {
    const overrides = reactive(noOverrides());
    const wrapper = mount(ProjectionAssumptions, { props: { overrides, form: form(), policy: policy2025, words: [] } });
    const input = wrapper.find('[data-test="assume-collective"] input');
    expect((input.element as HTMLInputElement).value).toBe('30.00');
    await input.setValue('100');
    await input.trigger('change');
    expect(overrides).toEqual({ ...noOverrides(), collective: 100 });
  });

  test('the assumptions are stated in words, saying which ones were changed', () => {
    const f = form();
    const same = assumptionWords(f, noOverrides(), projectionOf(f));
    expect(same[1]).toBe(
      '2026—2035年（到年满60周岁）每年：个人缴费 300 元（同本年度）、政府补贴 50 元（同本年度）、集体补助 30 元（同本年度）。',
    );
    expect(same[2]).toBe('记账利率：每年 2.62%，即2024年公布的利率，以后年度沿用。');
    const changed = assumptionWords(f, { ...noOverrides(), collective: 80, interestPercent: 3 }, projectionOf(f));
    expect(changed[1]).toContain('集体补助 80 元（已修改）');
    expect(changed[2]).toBe('记账利率：2024年及以前按公布的利率，以后年度按 3%（已修改）。');
  });

  test('the summary shows the account at 60 and the monthly pension with and without the collective subsidy', async () => {
    const p = projectionOf(form());
    const wrapper = mount(ProjectionSummary, { props: { projection: p } });
    const monthly = (key: string) => wrapper.find(`[data-test="projection-${key}"] [data-test="monthly"]`).text();
    expect(monthly('with')).toBe(p.withCollective.monthlyPension.toLocaleString('zh-CN', { minimumFractionDigits: 2 }));
    expect(p.withCollective.monthlyPension).toBeGreaterThan(p.withoutCollective.monthlyPension);
    const gain = fenToYuan(yuanToFen(p.withCollective.monthlyPension)! - yuanToFen(p.withoutCollective.monthlyPension)!);
    expect(Number(wrapper.find('[data-test="projection-gain"]').text())).toBe(gain);
    expect(wrapper.find('[data-test="projection-with"]').text()).toContain('2035年（60周岁）');
  });

  test('the table has one row a year up to 60, both paths side by side', async () => {
    const p = projectionOf(form());
    const wrapper = mount(ProjectionTable, { props: { projection: p }, attachTo: document.body });
    await settle();
    const rows = wrapper.findAll('.el-table__body tr');
    expect(rows.map((r) => r.find('td').text())).toEqual(Array.from({ length: 11 }, (_, i) => String(2025 + i)));
    const first = rows[0]!.findAll('td').map((td) => td.text());
    expect(first.slice(0, 3)).toEqual(['2025', '50', '2.62%']);
    expect(first.at(-2)).toBe('350'); // without collective: 300 paid + 50 government subsidy
  });
});

describe('a member already past 60 (issue 14 item 11)', () => {
  // Born 1958-03-01: 60 in 2018, 67 at the end of 2025; 12 years paid, nothing typed for the balance.
  const old = form({ birthDate: '1958-03-01', contributionYears: 12, balance: 0 });

  test('the summary says the age was reached and why the account and the gain are 0, never "2018年（60周岁）个人账户 0 元"', () => {
    const p = projectionOf(old);
    expect(p.withCollective.years).toEqual([]);
    const wrapper = mount(ProjectionSummary, { props: { projection: p } });
    const withText = wrapper.find('[data-test="projection-with"]').text();
    expect(withText).not.toContain('2018年（60周岁）');
    expect(withText).toContain('已满60周岁（2018年），现有个人账户 0 元');
    expect(wrapper.find('[data-test="balance-reason"]').text()).toBe('按年初账户余额 0 元计：余额未填写，请查社保卡或对账单后填入');
    expect(withText).toContain('现在（67周岁）每月养老金 212 元'); // 210 basic + 2 from 65, nothing from the account
    expect(wrapper.find('[data-test="gain-reason"]').text()).toBe('已满60周岁，不再按年缴费：集体补助只补当年缴费的成员，不补补缴');
    const notes = wrapper.find('[data-test="projection-notes"]').text();
    expect(notes).toContain('2018年已满60周岁');
    expect(notes).toContain('已累计缴费 12 年，不满15年');
  });

  test('the words state the balance the pension is read from, not a year of credits', () => {
    const lines = assumptionWords(old, noOverrides(), projectionOf(old));
    expect(lines[0]).toBe('2025年：已满60周岁（2018年），不再按年缴费记账；年初账户余额 0 元。');
    expect(lines.some((l) => l.startsWith('记账利率'))).toBe(false);
    expect(lines).toContain('现在（67周岁）月养老金 = 基础养老金 210 元 + 高龄加发 2 元 + 个人账户余额 ÷ 139。');
  });

  test('a younger member with no collective subsidy is told why the gain is 0', () => {
    const wrapper = mount(ProjectionSummary, { props: { projection: projectionOf(form({ collective: 0 })) } });
    expect(wrapper.find('[data-test="gain-reason"]').text()).toBe('本年和以后各年的集体补助都是 0 元');
    expect(wrapper.find('[data-test="balance-reason"]').exists()).toBe(false);
  });
});
