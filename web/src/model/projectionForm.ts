import { interestRates, NINGXIA_PENSION, parseIdNumber, yuanToFen, type MemberInput, type Outcome, type PolicyYear } from '@cunce/rules';
import type { ProjectionAssumptionsInput, ProjectionMemberInput } from '../graphql/projection';

/**
 * The projection page's two forms: this year's figures of one person (from the roster or typed), and the
 * assumptions for later years. Each assumption starts as this year's figure (the last known rate for interest);
 * only what the cadre changed is sent, so the server repeats this year's for the rest.
 */

export type ProjectionForm = ProjectionMemberInput;

/** The assumptions for later years; null: repeat this year's figure (for interest: the last known rate). */
export interface AssumptionOverrides {
  contribution: number | null;
  governmentSubsidy: number | null;
  collective: number | null;
  /** Percent a year, e.g. 2.62. */
  interestPercent: number | null;
}

export type AssumptionValues = { [K in keyof AssumptionOverrides]: number };

export function emptyForm(year: number): ProjectionForm {
  return {
    year,
    birthDate: `${year - 45}-01-01`,
    contributionYears: 0,
    balance: 0,
    contribution: 0,
    governmentSubsidy: 0,
    collective: 0,
    donation: 0,
  };
}

export function noOverrides(): AssumptionOverrides {
  return { contribution: null, governmentSubsidy: null, collective: null, interestPercent: null };
}

/** The rate of the latest year the region has published, and that year. */
export function lastKnownRate(): { year: number; rate: number } {
  const known = Object.entries(interestRates(NINGXIA_PENSION)).map(([y, rate]) => ({ year: Number(y), rate }));
  return known.sort((a, b) => a.year - b.year).at(-1) ?? { year: 0, rate: 0 };
}

const toPercent = (rate: number) => Number((rate * 100).toFixed(4));
const toRate = (percent: number) => Number((percent / 100).toFixed(6));

/** What later years use: each override, else this year's figure (the last known rate). */
export function assumptionValues(o: AssumptionOverrides, form: ProjectionForm): AssumptionValues {
  return {
    contribution: o.contribution ?? form.contribution,
    governmentSubsidy: o.governmentSubsidy ?? form.governmentSubsidy,
    collective: o.collective ?? form.collective,
    interestPercent: o.interestPercent ?? toPercent(lastKnownRate().rate),
  };
}

/** Which assumptions the cadre changed: an override that differs from what would be repeated anyway. */
export function changedAssumptions(o: AssumptionOverrides, form: ProjectionForm): { [K in keyof AssumptionOverrides]: boolean } {
  const base = assumptionValues(noOverrides(), form);
  const differs = (k: keyof AssumptionOverrides) => o[k] !== null && o[k] !== base[k];
  return {
    contribution: differs('contribution'),
    governmentSubsidy: differs('governmentSubsidy'),
    collective: differs('collective'),
    interestPercent: differs('interestPercent'),
  };
}

/** The assumptions as the query takes them: only the changed ones; the server repeats this year's for the rest. */
export function assumptionsInput(o: AssumptionOverrides, form: ProjectionForm): ProjectionAssumptionsInput {
  const changed = changedAssumptions(o, form);
  const out: ProjectionAssumptionsInput = {};
  if (changed.contribution) out.futureContribution = o.contribution!;
  if (changed.governmentSubsidy) out.futureGovernmentSubsidy = o.governmentSubsidy!;
  if (changed.collective) out.futureCollective = o.collective!;
  if (changed.interestPercent) out.futureInterestRate = toRate(o.interestPercent!);
  return out;
}

/** The government subsidy of a tier in the year's policy (the largest tier not above the amount), 0 when none. */
export function subsidyOfTier(policy: PolicyYear | undefined, contribution: number): number {
  const fen = yuanToFen(contribution) ?? 0;
  const tier = [...(policy?.tiers ?? [])].filter((t) => (yuanToFen(t.amount) ?? 0) <= fen).sort((a, b) => b.amount - a.amount)[0];
  return tier && fen > 0 ? tier.governmentSubsidy : 0;
}

/**
 * A roster member's figures for the year: birth date from the ID number, the tier paid, and what the village's
 * standard gives them (`outcome`, evaluated with the standard in force; without one, the tier's subsidy and no
 * collective subsidy). Null when the ID number does not show a birth date (masked).
 */
export function formFromMember(
  m: MemberInput,
  outcome: Outcome | null,
  year: number,
  policy: PolicyYear | undefined,
): ProjectionForm | null {
  const id = parseIdNumber(m.idNumber);
  if (!id.ok) return null;
  const contribution = m.contribution ?? 0;
  return {
    year,
    birthDate: id.birthDate,
    contributionYears: m.contributionYears ?? 0,
    balance: 0,
    contribution,
    governmentSubsidy: outcome ? outcome.governmentSubsidy : subsidyOfTier(policy, contribution),
    collective: outcome?.collective ?? 0,
    donation: outcome ? outcome.donation : (m.donation ?? 0),
  };
}
