/**
 * The declared bound of every list field of the schema that does not declare its own (`@Extensions(costRule(...))`,
 * as the simulation's types do): the most items the cost model (app/cost.ts) counts for the list when the query
 * gives no `first`/`limit` argument. They are what a list holds in practice for the whole region (22 counties,
 * about 200 townships and 2,300 villages, villages of up to MAX_MEMBERS members), not what a resolver enforces:
 * paging arguments (issue 13) replace them field by field. A test checks that every list field has a bound.
 */
import type { CostRule } from '../limits/costRule.js';
import { MAX_MEMBERS } from '../limits/limits.js';

/** Outcomes, warnings and postings of one settlement, members of one roster. */
const ROSTER = MAX_MEMBERS;
/** Villages and townships of the region (dashboards, the divisions tree). */
const REGION_VILLAGES = 2500;
const REGION_TOWNSHIPS = 250;

/** Items at most of a list field, or its rule (`total`: at most so many in the whole answer). */
export const LIST_BOUNDS: Readonly<Record<string, number | CostRule>> = {
  // divisions and region figures
  'Query.counties': 25,
  'County.townships': { items: 30, total: REGION_TOWNSHIPS },
  'Township.villages': { items: 60, total: REGION_VILLAGES },
  'Village.formerCodes': 3,
  'Query.policyYears': 30,
  'PolicyYear.tiers': 12,
  'PolicyYear.hardshipTierCategories': 6,
  // administration
  'Query.users': 5000,
  'Query.auditLog': 1000,
  'TaskList.items': 50,
  // schemes and their documents
  'Village.schemes': 20,
  'Scheme.versions': 100,
  'Scheme.decisionSteps': 20,
  'Scheme.filingReceipts': 20,
  'Scheme.documents': 50,
  'DecisionStepRecord.documents': 20,
  // rosters and settlements
  'Village.roster': ROSTER,
  'Member.hardship': 6,
  'Village.settlements': 3,
  'Village.rejectedPostings': ROSTER,
  'Settlement.warnings': ROSTER,
  'AreaSettlement.settled': REGION_VILLAGES,
  'AreaSettlement.refused': REGION_VILLAGES,
  'Settlement.outcomes': ROSTER,
  'Settlement.postings': ROSTER,
  'Settlement.donationsByDonor': 100,
  'Settlement.donationAllocations': 100,
  'SettlementOutcome.reasons': 8,
  'SettlementOutcome.sections': 5,
  // projections, notices, dashboards
  'Projection.interestRates': 60,
  'ProjectionPath.years': 80,
  'ResolutionNotice.eligibility': 20,
  'ResolutionNotice.sections': 20,
  'ResolutionNotice.limits': 20,
  'ResolutionNotice.notes': 20,
  'ResolutionNotice.decisionSteps': 20,
  'NoticeSection.lines': 50,
  'ResultNotice.rows': ROSTER,
  'ResultNoticeRow.notes': 5,
  'Dashboard.rows': REGION_VILLAGES,
  // social donations
  'Query.donors': 1000,
  'Query.donationPools': 200,
  'DonationPool.villages': 100,
  'DonorStatement.gifts': 200,
  'DonorStatement.pools': 200,
  'DonorStatement.settlements': 200,
  'StatementPool.allocations': 200,
  'VillageDonations.gifts': 100,
  'VillageDonations.pools': 100,
  'VillageDonations.poolsAvailable': 100,
  'VillageDonations.settlements': 20,
  'SettlementDonations.byDonor': 100,
  'SettlementDonations.allocations': 100,
};
