/**
 * Every resolver class of the schema, in one list: app.ts builds the schema from it. Add a feature's
 * resolvers here (server-schemes appends the scheme, roster and settlement resolvers).
 */
import type { NonEmptyArray } from 'type-graphql';
import { AuditResolver } from './modules/reporting/audit/audit.resolver.js';
import { AuthResolver } from './modules/reference/auth/auth.resolver.js';
import { DivisionResolver } from './modules/reference/division/division.resolver.js';
import { PolicyResolver } from './modules/reference/policy/policy.resolver.js';
import { SimulationResolver } from './modules/lifecycle/simulation/simulation.resolver.js';
import { UserResolver } from './modules/reference/user/user.resolver.js';
import { DecisionResolver } from './modules/lifecycle/decision/decision.resolver.js';
import { FilingResolver } from './modules/lifecycle/filing/filing.resolver.js';
import { RosterResolver } from './modules/lifecycle/roster/roster.resolver.js';
import { MemberResolver } from './modules/lifecycle/roster/member.resolver.js';
import { RuleSetVersionResolver } from './modules/lifecycle/ruleset/ruleSetVersion.resolver.js';
import { SchemeResolver } from './modules/lifecycle/scheme/scheme.resolver.js';
import { VillageResolver } from './modules/lifecycle/scheme/village.resolver.js';
import { SettlementResolver } from './modules/settlement/settlement/settlement.resolver.js';
import { VillageSettlementsResolver } from './modules/settlement/settlement/villageSettlements.resolver.js';
import { ProjectionResolver } from './modules/reporting/projection/projection.resolver.js';
import { ExcelResolver } from './modules/reporting/excel/excel.resolver.js';
import { DocumentResolver } from './modules/lifecycle/document/document.resolver.js';
import { SchemeDocumentsResolver } from './modules/lifecycle/document/schemeDocuments.resolver.js';
import { StepDocumentsResolver } from './modules/lifecycle/document/stepDocuments.resolver.js';
import { NoticeResolver } from './modules/reporting/notice/notice.resolver.js';
import { PostingResolver } from './modules/settlement/posting/posting.resolver.js';
import { VillagePostingsResolver } from './modules/settlement/posting/villagePostings.resolver.js';
import { DashboardResolver } from './modules/reporting/dashboard/dashboard.resolver.js';
import { TodoResolver } from './modules/reporting/todo/todo.resolver.js';
import { DonorResolver } from './modules/donations/donor.resolver.js';
import { GiftResolver } from './modules/donations/gift.resolver.js';
import { PoolResolver } from './modules/donations/pool.resolver.js';
import { SettlementDonationsResolver } from './modules/reporting/donations/settlementDonations.resolver.js';
import { StatementResolver } from './modules/reporting/donations/statement.resolver.js';
import { VillageDonationsResolver } from './modules/reporting/donations/villageDonations.resolver.js';
import { ReformResolver } from './modules/reporting/reform/reform.resolver.js';
import { AreaSettlementResolver } from './modules/settlement/settlement/settlement.area.resolver.js';

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
  MemberResolver,
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
  TodoResolver,
  DonorResolver,
  GiftResolver,
  PoolResolver,
  SettlementDonationsResolver,
  VillageDonationsResolver,
  StatementResolver,
  ReformResolver,
  AreaSettlementResolver,
];
