/**
 * Every resolver class of the schema, in one list: app.ts builds the schema from it. Add a feature's
 * resolvers here (server-schemes appends the scheme, roster and settlement resolvers).
 */
import type { NonEmptyArray } from 'type-graphql';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { DivisionResolver } from './modules/division/division.resolver.js';
import { PolicyResolver } from './modules/policy/policy.resolver.js';
import { SimulationResolver } from './modules/simulation/simulation.resolver.js';
import { UserResolver } from './modules/user/user.resolver.js';
import { DecisionResolver } from './modules/decision/decision.resolver.js';
import { FilingResolver } from './modules/filing/filing.resolver.js';
import { RosterResolver } from './modules/roster/roster.resolver.js';
import { RuleSetVersionResolver } from './modules/ruleset/ruleSetVersion.resolver.js';
import { SchemeResolver } from './modules/scheme/scheme.resolver.js';
import { VillageResolver } from './modules/scheme/village.resolver.js';
import { SettlementResolver } from './modules/settlement/settlement.resolver.js';
import { VillageSettlementsResolver } from './modules/settlement/villageSettlements.resolver.js';
import { ProjectionResolver } from './modules/projection/projection.resolver.js';
import { ExcelResolver } from './modules/excel/excel.resolver.js';
import { DocumentResolver } from './modules/document/document.resolver.js';
import { SchemeDocumentsResolver } from './modules/document/schemeDocuments.resolver.js';
import { StepDocumentsResolver } from './modules/document/stepDocuments.resolver.js';
import { NoticeResolver } from './modules/notice/notice.resolver.js';
import { PostingResolver } from './modules/posting/posting.resolver.js';
import { VillagePostingsResolver } from './modules/posting/villagePostings.resolver.js';
import { DashboardResolver } from './modules/dashboard/dashboard.resolver.js';
import { DonorResolver } from './modules/donation/donor.resolver.js';
import { GiftResolver } from './modules/donation/gift.resolver.js';
import { PoolResolver } from './modules/donation/pool.resolver.js';
import { SettlementDonationsResolver } from './modules/donation/settlementDonations.resolver.js';
import { StatementResolver } from './modules/donation/statement.resolver.js';
import { VillageDonationsResolver } from './modules/donation/villageDonations.resolver.js';
import { ReformResolver } from './modules/reform/reform.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's buildSchema takes the classes as Function
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  UserResolver,
  DivisionResolver,
  PolicyResolver,
  AuditResolver,
  SimulationResolver,
  // server-schemes: scheme, roster, settlement resolvers below
  VillageResolver,
  SchemeResolver,
  RuleSetVersionResolver,
  DecisionResolver,
  FilingResolver,
  RosterResolver,
  SettlementResolver,
  VillageSettlementsResolver,
  ProjectionResolver,
  ExcelResolver,
  DocumentResolver,
  StepDocumentsResolver,
  SchemeDocumentsResolver,
  NoticeResolver,
  PostingResolver,
  VillagePostingsResolver,
  DashboardResolver,
  DonorResolver,
  GiftResolver,
  PoolResolver,
  SettlementDonationsResolver,
  VillageDonationsResolver,
  StatementResolver,
  ReformResolver,
];
