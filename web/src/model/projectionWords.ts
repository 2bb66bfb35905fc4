import type { ProjectionData } from '../graphql/projection';
import { assumptionValues, changedAssumptions, lastKnownRate, type AssumptionOverrides, type ProjectionForm } from './projectionForm';
import { yuan } from './traceWords';

/**
 * The projection's assumptions in words, as the cadre reads them out to the villager: this year's figures, what
 * later years repeat (or what was changed on the page), the interest rate, and how the pension is worked out.
 */
export function assumptionWords(form: ProjectionForm, o: AssumptionOverrides, p: ProjectionData | null): string[] {
  const a = assumptionValues(o, form);
  const changed = changedAssumptions(o, form);
  const mark = (isChanged: boolean) => (isChanged ? '（已修改）' : '（同本年度）');
  const lastYear = p?.lastYear ?? Number(form.birthDate.slice(0, 4)) + 60;
  const past = lastYear < form.year;
  const lines = [
    past
      ? `${form.year}年：已满60周岁（${lastYear}年），不再按年缴费记账；年初账户余额 ${yuan(form.balance)} 元。`
      : `${form.year}年：个人缴费 ${yuan(form.contribution)} 元、政府补贴 ${yuan(form.governmentSubsidy)} 元、集体补助 ${yuan(form.collective)} 元` +
        `${form.donation ? `、社会资助 ${yuan(form.donation)} 元` : ''}，年末记入个人账户；年初账户余额 ${yuan(form.balance)} 元。`,
  ];
  if (lastYear > form.year) {
    lines.push(
      `${form.year + 1}—${lastYear}年（到年满60周岁）每年：个人缴费 ${yuan(a.contribution)} 元${mark(changed.contribution)}、` +
        `政府补贴 ${yuan(a.governmentSubsidy)} 元${mark(changed.governmentSubsidy)}、集体补助 ${yuan(a.collective)} 元${mark(changed.collective)}` +
        `${form.donation ? `、社会资助 ${yuan(form.donation)} 元（同本年度）` : ''}。`,
    );
  } else if (!past) {
    lines.push(`${form.year}年年满60周岁，以后不再缴费记账。`);
  }
  const known = lastKnownRate();
  if (!past)
    lines.push(
      changed.interestPercent
        ? `记账利率：${known.year}年及以前按公布的利率，以后年度按 ${a.interestPercent}%（已修改）。`
        : `记账利率：每年 ${a.interestPercent}%，即${known.year}年公布的利率，以后年度沿用。`,
    );
  if (p) {
    lines.push(
      `${past ? `现在（${p.pensionAge}周岁）` : '60周岁时'}月养老金 = 基础养老金 ${yuan(p.basicPensionMonthly)} 元` +
        (p.ageExtraMonthly ? ` + 高龄加发 ${yuan(p.ageExtraMonthly)} 元` : '') +
        (p.longContributionExtraMonthly
          ? ` + 长缴加发 ${yuan(p.longContributionExtraMonthly)} 元（累计缴费 ${p.contributionYears} 年）`
          : '') +
        ' + 个人账户余额 ÷ 139。',
    );
  }
  lines.push('以上为估算，实际待遇以社会保险经办机构核定为准。');
  return lines;
}
