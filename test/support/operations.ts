/** The GraphQL documents of API.md the suites send, with the fields they read back. */

export const SCHEME_FIELDS = `id year lastYear status village { code }
  filedVersion { version } currentVersion { version } versions { version }
  decisionSteps { step date note } filingReceipts { department user at } suspension { reason effectiveDate }`;

export const SETTLEMENT_FIELDS = `id status version createdAt budgetExceeded
  totals { members eligible contribution governmentSubsidy collective donation donationExcess accountCredit }
  warnings { index idNumber field code message }
  outcomes { idNumber eligible reasons collective donation donationExcess governmentSubsidy accountCredit }`;

export const SAVE_RULE_SET = `mutation Save($village: String!, $year: Int!, $ruleSet: JSON!, $expectedVersion: Int) {
  saveRuleSet(villageCode: $village, year: $year, ruleSet: $ruleSet, expectedVersion: $expectedVersion) {
    version createdBy createdAt validation { valid }
  }
}`;

export const SCHEME = `query Scheme($village: String!, $year: Int!) {
  village(code: $village) { code scheme(year: $year) { ${SCHEME_FIELDS} } }
}`;

export const ROSTER = `query Roster($village: String!, $year: Int!) {
  village(code: $village) { roster(year: $year) { idNumber name contribution paymentType } }
}`;

export const RECORD_STEP = `mutation Step($schemeId: ID!, $step: DecisionStep!, $date: String!, $note: String, $attendance: AttendanceInput, $votes: VotesInput) {
  recordDecisionStep(schemeId: $schemeId, step: $step, date: $date, note: $note, attendance: $attendance, votes: $votes) { ${SCHEME_FIELDS} }
}`;

export const SUBMIT = `mutation Submit($schemeId: ID!) { submitFiling(schemeId: $schemeId) { ${SCHEME_FIELDS} } }`;
export const ACKNOWLEDGE = `mutation Ack($schemeId: ID!) { acknowledgeFiling(schemeId: $schemeId) { ${SCHEME_FIELDS} } }`;
export const RETURN = `mutation Return($schemeId: ID!, $reason: String!) { returnFiling(schemeId: $schemeId, reason: $reason) { ${SCHEME_FIELDS} } }`;
export const SUSPEND = `mutation Suspend($schemeId: ID!, $reason: String!, $effectiveDate: String!) {
  suspendScheme(schemeId: $schemeId, reason: $reason, effectiveDate: $effectiveDate) { ${SCHEME_FIELDS} }
}`;
export const RESUME = `mutation Resume($schemeId: ID!) { resumeScheme(schemeId: $schemeId) { ${SCHEME_FIELDS} } }`;

export const IMPORT = `mutation Import($village: String!, $year: Int!, $members: [MemberInput!]!, $replace: Boolean) {
  importMembers(villageCode: $village, year: $year, members: $members, replace: $replace) { imported updated removed }
}`;

export const SETTLE = `mutation Settle($village: String!, $year: Int!, $supplementary: Boolean) {
  settle(villageCode: $village, year: $year, supplementary: $supplementary) { ${SETTLEMENT_FIELDS} }
}`;
export const CONFIRM = `mutation Confirm($id: ID!) { confirmSettlement(settlementId: $id) { ${SETTLEMENT_FIELDS} } }`;
export const ACCEPT = `mutation Accept($id: ID!) { acceptSettlement(settlementId: $id) { ${SETTLEMENT_FIELDS} } }`;
export const SETTLEMENT = `query Settlement($id: ID!) { settlement(id: $id) { ${SETTLEMENT_FIELDS} } }`;

export const AUDIT_LOG = `query Audit($village: String!, $year: Int) {
  auditLog(villageCode: $village, year: $year) { at user action entity before after }
}`;

export const SIMULATE = `query Simulate($ruleSet: JSON!, $members: [MemberInput!]!) {
  simulate(ruleSet: $ruleSet, members: $members) {
    outcomes { idNumber eligible reasons age sections { key amount ruleIds } raw collective donation donationExcess governmentSubsidy accountCredit }
    warnings { index idNumber field code message }
    totals { members eligible contribution governmentSubsidy collective donation donationExcess accountCredit }
    budgetExceeded prorateFactor
  }
}`;

export const VALIDATE = `query Validate($ruleSet: JSON!) {
  validateRuleSet(ruleSet: $ruleSet) { valid errors { path code message } warnings { path code message } }
}`;
