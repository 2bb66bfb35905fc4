import {
  fenToYuan,
  interestRates,
  NINGXIA_PENSION,
  pensionYearFor,
  yuanToFen,
  type Projection,
  type ProjectionAssumptions,
  type ProjectionCredit,
  type ProjectionMember,
  type ProjectionPath,
} from '@cunce/rules';
import { BadUserInput } from '../../../errors.js';
import type { ProjectionAssumptionsInput, ProjectionMemberInput } from './projection.input.js';
import type { ProjectionPathType, ProjectionType } from './projection.types.js';

/** Yuan in, fen for the rules; every amount with more than two decimals is reported at once. */
export function toRules(
  m: ProjectionMemberInput,
  a: ProjectionAssumptionsInput = {},
): { member: ProjectionMember; assumptions: ProjectionAssumptions } {
  const bad: string[] = [];
  const fen = (field: string, yuan: number) => {
    const v = yuanToFen(yuan);
    if (v === null) bad.push(field);
    return v ?? 0;
  };
  const optFen = (field: string, yuan: number | undefined | null) => (yuan == null ? undefined : fen(field, yuan));
  const credit: ProjectionCredit = {
    contributionFen: fen('contribution', m.contribution),
    governmentSubsidyFen: fen('governmentSubsidy', m.governmentSubsidy),
    collectiveFen: fen('collective', m.collective),
    donationFen: fen('donation', m.donation ?? 0),
  };
  const member = {
    year: m.year,
    birthDate: m.birthDate,
    contributionYears: m.contributionYears,
    balanceFen: fen('balance', m.balance),
    credit,
  };
  const basic = a.basicPensionMonthly ?? pensionYearFor(NINGXIA_PENSION, m.year)?.basicPensionMonthly ?? 0;
  const assumptions: ProjectionAssumptions = {
    interestRates: a.interestRates ? Object.fromEntries(a.interestRates.map((r) => [r.year, r.rate])) : interestRates(NINGXIA_PENSION),
    futureInterestRate: a.futureInterestRate ?? undefined,
    basicPensionMonthlyFen: fen('basicPensionMonthly', basic),
    future: {
      contributionFen: optFen('futureContribution', a.futureContribution),
      governmentSubsidyFen: optFen('futureGovernmentSubsidy', a.futureGovernmentSubsidy),
      collectiveFen: optFen('futureCollective', a.futureCollective),
      donationFen: optFen('futureDonation', a.futureDonation),
    },
  };
  if (bad.length) throw new BadUserInput(`金额最多两位小数：${bad.join('、')}`, { fields: bad });
  return { member, assumptions };
}

export function toType(p: Projection, a: ProjectionAssumptions): ProjectionType {
  return {
    year: p.year,
    lastYear: p.lastYear,
    pensionAge: p.pensionAge,
    contributionYears: p.contributionYears,
    basicPensionMonthly: fenToYuan(p.basicPensionMonthlyFen),
    ageExtraMonthly: fenToYuan(p.ageExtraFen),
    longContributionExtraMonthly: fenToYuan(p.longContributionExtraFen),
    interestRates: Object.entries(a.interestRates).map(([year, rate]) => ({ year: Number(year), rate })),
    futureInterestRate: a.futureInterestRate,
    withCollective: path(p.withCollective),
    withoutCollective: path(p.withoutCollective),
  };
}

function path(p: ProjectionPath): ProjectionPathType {
  return {
    years: p.years.map((y) => ({
      year: y.year,
      age: y.age,
      interestRate: y.interestRate,
      start: fenToYuan(y.startFen),
      interest: fenToYuan(y.interestFen),
      credit: fenToYuan(y.creditFen),
      end: fenToYuan(y.endFen),
    })),
    balance: fenToYuan(p.balanceFen),
    accountMonthly: fenToYuan(p.accountMonthlyFen),
    monthlyPension: fenToYuan(p.monthlyPensionFen),
  };
}
