/** What the rules package computes in-process for the same rule set and roster: the suites' oracle. */
import { NINGXIA_POLICY_YEARS, policySource, simulate, type MemberInput, type RuleSet, type Simulation } from '@cunce/rules';

export const policies = policySource(NINGXIA_POLICY_YEARS);

export async function expectedSimulation(
  doc: RuleSet | null,
  roster: readonly MemberInput[],
  opts: { year?: number; schemeActive?: boolean } = {},
): Promise<Simulation> {
  const result = await simulate(doc, roster, policies, { year: opts.year ?? doc?.year, mode: 'import', schemeActive: opts.schemeActive });
  if (!result.ok) throw new Error(`the fixture does not evaluate: ${JSON.stringify(result.rows.length ? result.rows : result.validation)}`);
  return result.simulation;
}

/** The fields a stored settlement outcome keeps, by ID number, for comparison. */
export function outcomesById(
  outcomes: readonly {
    idNumber: string;
    eligible: boolean;
    reasons: readonly string[];
    collective: number;
    donation: number;
    donationExcess: number;
    governmentSubsidy: number;
    accountCredit: number;
  }[],
) {
  return Object.fromEntries(
    outcomes.map((o) => [
      o.idNumber,
      {
        eligible: o.eligible,
        reasons: [...o.reasons],
        collective: o.collective,
        donation: o.donation,
        donationExcess: o.donationExcess,
        governmentSubsidy: o.governmentSubsidy,
        accountCredit: o.accountCredit,
      },
    ]),
  );
}
