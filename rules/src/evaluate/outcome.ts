/** One member's outcome as evaluation builds it (fen), and step 1: the region's gates. */
import type { Fen } from '../money.js';
import type { Member, OutcomeFen, SectionOutcomeFen, TraceEntry } from '../types.js';

const NO_REASONS: string[] = Object.freeze([]) as unknown as string[];
const NO_SECTIONS: SectionOutcomeFen[] = Object.freeze([]) as unknown as SectionOutcomeFen[];
const ZERO = 0 as Fen;

/** Adds a reason code to an outcome, giving it a list of its own first if it shares the empty one. */
export function addReason(o: OutcomeFen, code: string): void {
  if (o.reasons === NO_REASONS) o.reasons = [code];
  else o.reasons.push(code);
}

/**
 * Step 1: the region's gates, in RULESET.md's order; SCHEME_NOT_ACTIVE is added at settlement. Most members
 * pass them all: they share one empty list until a later step adds a reason (`addReason`), which spares a
 * roster of a million members a million allocations.
 */
function gates(m: Member, schemeActive: boolean): string[] {
  if (m.isCollectiveMember && m.paymentType === 'CURRENT' && m.contributionFen !== null && schemeActive) return NO_REASONS;
  const reasons: string[] = [];
  if (!m.isCollectiveMember) reasons.push('NOT_COLLECTIVE_MEMBER');
  if (m.paymentType !== 'CURRENT') reasons.push('NOT_CURRENT_YEAR_PAYMENT');
  if (m.contributionFen === null) reasons.push('NO_PERSONAL_CONTRIBUTION');
  if (!schemeActive) reasons.push('SCHEME_NOT_ACTIVE');
  return reasons;
}

/** An outcome as a class: one hidden class for every member, allocated in a roster's hot loop. */
class MemberOutcome implements OutcomeFen {
  sections: SectionOutcomeFen[] = NO_SECTIONS;
  raw = ZERO;
  collective = ZERO;
  donation = ZERO;
  donationExcess = ZERO;
  governmentSubsidy = ZERO;
  accountCredit = ZERO;
  declare trace?: TraceEntry[];
  constructor(
    public idNumber: string,
    public eligible: boolean,
    public reasons: string[],
    public age: number,
  ) {}
}

/** Step 1 for one member aged `age`: the outcome with its gates, nothing paid yet. */
export function gateStep(m: Member, age: number, schemeActive: boolean): OutcomeFen {
  const reasons = gates(m, schemeActive);
  return new MemberOutcome(m.idNumber, reasons === NO_REASONS, reasons, age);
}
