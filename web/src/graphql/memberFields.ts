/**
 * A member's fields that make up its evaluation input (the rules' MemberInput): the roster, the projection's picker and
 * the village's preview all read these, so one list keeps the three alike.
 */
export const MEMBER_INPUT_FIELDS = `
  idNumber
  name
  isCollectiveMember
  contribution
  paymentType
  proxyPaid
  hardship
  contributionYears
  householdElderly
  householdChildren
  donation
  priorCredit
  custom
`;
