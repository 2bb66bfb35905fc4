/** Every entity, listed explicitly (no folder discovery). */
import { AuditEntry } from '../modules/audit/auditEntry.entity.js';
import { LoginThrottle } from '../modules/auth/loginThrottle.entity.js';
import { DecisionStep } from '../modules/decision/decisionStep.entity.js';
import { StepDocument } from '../modules/document/stepDocument.entity.js';
import { County } from '../modules/division/county.entity.js';
import { Township } from '../modules/division/township.entity.js';
import { Village } from '../modules/division/village.entity.js';
import { VillageAlias } from '../modules/division/villageAlias.entity.js';
import { DonationAllocation } from '../modules/donation/donationAllocation.entity.js';
import { DonationBasis } from '../modules/donation/donationBasis.entity.js';
import { DonationGift } from '../modules/donation/donationGift.entity.js';
import { DonationPool } from '../modules/donation/donationPool.entity.js';
import { Donor } from '../modules/donation/donor.entity.js';
import { FilingReceipt } from '../modules/filing/filingReceipt.entity.js';
import { Posting } from '../modules/posting/posting.entity.js';
import { PolicyTier } from '../modules/policy/policyTier.entity.js';
import { PolicyYear } from '../modules/policy/policyYear.entity.js';
import { Member } from '../modules/roster/member.entity.js';
import { RuleSetVersion } from '../modules/ruleset/ruleSetVersion.entity.js';
import { Scheme } from '../modules/scheme/scheme.entity.js';
import { Setting } from '../modules/setting/setting.entity.js';
import { Settlement } from '../modules/settlement/settlement.entity.js';
import { SettlementOutcome } from '../modules/settlement/settlementOutcome.entity.js';
import { Suspension } from '../modules/suspension/suspension.entity.js';
import { User } from '../modules/user/user.entity.js';

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
