/** Every entity, listed explicitly (no folder discovery). */
import { AuditEntry } from './modules/audit/auditEntry.entity.js';
import { LoginThrottle } from './modules/reference/auth/loginThrottle.entity.js';
import { DecisionStep } from './modules/lifecycle/decision/decisionStep.entity.js';
import { StepDocument } from './modules/lifecycle/document/stepDocument.entity.js';
import { County } from './modules/reference/division/county.entity.js';
import { Township } from './modules/reference/division/township.entity.js';
import { Village } from './modules/reference/division/village.entity.js';
import { VillageAlias } from './modules/reference/division/villageAlias.entity.js';
import { DonationAllocation } from './modules/settlement/allocation/donationAllocation.entity.js';
import { DonationBasis } from './modules/settlement/allocation/donationBasis.entity.js';
import { DonationGift } from './modules/donations/donationGift.entity.js';
import { DonationPool } from './modules/donations/donationPool.entity.js';
import { Donor } from './modules/donations/donor.entity.js';
import { FilingReceipt } from './modules/lifecycle/filing/filingReceipt.entity.js';
import { Posting } from './modules/lifecycle/settlementRecord/posting.entity.js';
import { PolicyTier } from './modules/reference/policy/policyTier.entity.js';
import { PolicyYear } from './modules/reference/policy/policyYear.entity.js';
import { Member } from './modules/lifecycle/roster/member.entity.js';
import { RuleSetVersion } from './modules/lifecycle/ruleset/ruleSetVersion.entity.js';
import { Scheme } from './modules/lifecycle/scheme/scheme.entity.js';
import { Setting } from './modules/reference/setting/setting.entity.js';
import { Settlement } from './modules/lifecycle/settlementRecord/settlement.entity.js';
import { SettlementOutcome } from './modules/lifecycle/settlementRecord/settlementOutcome.entity.js';
import { Suspension } from './modules/lifecycle/suspension/suspension.entity.js';
import { User } from './modules/reference/user/user.entity.js';

export const entities = [
  County,
  Township,
  Village,
  VillageAlias,
  PolicyYear,
  PolicyTier,
  User,
  LoginThrottle,
  Setting,
  Scheme,
  RuleSetVersion,
  DecisionStep,
  StepDocument,
  FilingReceipt,
  Suspension,
  Member,
  Settlement,
  SettlementOutcome,
  Posting,
  Donor,
  DonationGift,
  DonationPool,
  DonationAllocation,
  DonationBasis,
  AuditEntry,
];
