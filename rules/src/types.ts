/**
 * Types of the `cunce.ruleset/1` format (shared/spec/RULESET.md) and of what evaluation returns.
 * Money in the document and in the public outcome is yuan; everything typed `Fen` is integer fen.
 */
import type { Fen } from './money.js';

export const FORMAT = 'cunce.ruleset/1' as const;

export type FactType = 'number' | 'boolean' | 'string' | 'enum';
export type HitPolicy = 'FIRST' | 'MAX' | 'SUM';
export type SectionKind = 'TIER' | 'AGE' | 'HARDSHIP' | 'CUSTOM';
export type PaymentType = 'CURRENT' | 'BACK_PAY' | 'LUMP_SUM';
export type OverBudget = 'PRORATE' | 'REJECT';

export const HARDSHIP_CATEGORIES = [
  'MINIMUM_LIVING',
  'LOW_INCOME_MARGINAL',
  'DESTITUTE_SUPPORT',
  'POVERTY_MONITORING',
  'OUT_OF_POVERTY',
  'SEVERE_DISABILITY',
  'DISABILITY_GRADE_3_4',
  'OTHER_HARDSHIP',
] as const;
export type Hardship = (typeof HARDSHIP_CATEGORIES)[number];

export interface FactDeclaration {
  name: string;
  label: string;
  type: FactType;
  values?: string[];
}

export interface LeafCondition {
  fact: string;
  operator: string;
  value: unknown;
}
export interface AllCondition {
  all: Condition[];
}
export interface AnyCondition {
  any: Condition[];
}
export interface NotCondition {
  not: Condition;
}
export type TopCondition = AllCondition | AnyCondition | NotCondition;
export type Condition = TopCondition | LeafCondition;

export interface FixedAmount {
  fixed: number;
}
export interface RateAmount {
  rate: number;
  of: string;
  min?: number;
  max?: number;
}
export type Amount = FixedAmount | RateAmount;

export interface Rule {
  id: string;
  label: string;
  when: TopCondition;
  amount: Amount;
}

export interface Section {
  key: string;
  label: string;
  kind?: SectionKind;
  hitPolicy: HitPolicy;
  rules: Rule[];
}

export interface TestCase {
  name: string;
  member: MemberInput;
  expect: Record<string, unknown>;
}

export interface RuleSet {
  format: typeof FORMAT;
  village: string;
  year: number;
  lastYear?: number;
  title?: string;
  fundSource?: string;
  ageAsOf?: string;
  personCap?: number;
  budget?: number;
  overBudget?: OverBudget;
  facts?: FactDeclaration[];
  sections: Section[];
  tests?: TestCase[];
}

/** One member as a client sends it (API.md `MemberInput`); money in yuan. */
export interface MemberInput {
  idNumber: string;
  name?: string | null;
  isCollectiveMember?: boolean | null;
  contribution?: number | null;
  paymentType?: PaymentType | null;
  proxyPaid?: boolean | null;
  hardship?: Hardship[] | null;
  contributionYears?: number | null;
  householdElderly?: number | null;
  householdChildren?: number | null;
  donation?: number | null;
  priorCredit?: number | null;
  custom?: Record<string, unknown> | null;
}

/** A member after the input checks: defaults applied, ID upper-cased, money in fen. */
export interface Member {
  idNumber: string;
  name: string | null;
  birthDate: string; // YYYY-MM-DD
  gender: 'M' | 'F';
  isCollectiveMember: boolean;
  contributionFen: Fen | null;
  paymentType: PaymentType;
  proxyPaid: boolean;
  hardship: Hardship[];
  contributionYears: number;
  householdElderly: number;
  householdChildren: number;
  donationFen: Fen;
  priorCreditFen: Fen;
  custom: Record<string, unknown>;
}

/** Region figures for one year (yuan, as the data files and the API carry them). */
export interface PolicyTier {
  amount: number;
  governmentSubsidy: number;
  hardshipOnly: boolean;
}
export interface PolicyYear {
  year: number;
  tiers: PolicyTier[];
  hardshipTierCategories: Hardship[];
  backPayEarnsSubsidy: boolean;
}
/** Where evaluation and validation find a year's figures. */
export type PolicySource = (year: number) => PolicyYear | undefined;

export interface Issue {
  path: string;
  code: string;
  message: string;
}
export interface Validation {
  valid: boolean;
  errors: Issue[];
  warnings: Issue[];
}
export interface RowIssue {
  index: number;
  idNumber: string;
  field: string;
  code: string;
  message: string;
}

export interface TraceCondition {
  fact: string;
  operator: string;
  value: unknown;
  factValue: unknown;
  result: boolean;
}
export interface TraceEntry {
  ruleId: string;
  section: string;
  held: boolean;
  conditions: TraceCondition[];
}

/** One section of an outcome; `M` is the money: yuan (`number`) or `Fen`. */
export interface SectionOutcomeOf<M extends number> {
  key: string;
  amount: M;
  ruleIds: string[];
}
export type SectionOutcome = SectionOutcomeOf<number>;
export type SectionOutcomeFen = SectionOutcomeOf<Fen>;

/** The outcome of one member (RULESET.md "Outcome of one member"); `M` is the money: yuan or `Fen`. */
export interface OutcomeOf<M extends number> {
  idNumber: string;
  eligible: boolean;
  reasons: string[];
  age: number;
  sections: SectionOutcomeOf<M>[];
  raw: M;
  collective: M;
  donation: M;
  donationExcess: M;
  governmentSubsidy: M;
  accountCredit: M;
  trace?: TraceEntry[];
}
/** An outcome in yuan, as API.md gives it. */
export type Outcome = OutcomeOf<number>;
/** An outcome in fen, as evaluation computes it. */
export type OutcomeFen = OutcomeOf<Fen>;

export interface TotalsOf<M extends number> {
  members: number;
  eligible: number;
  contribution: M;
  governmentSubsidy: M;
  collective: M;
  donation: M;
  donationExcess: M;
  accountCredit: M;
}
export type Totals = TotalsOf<number>;
export type TotalsFen = TotalsOf<Fen>;

/** API.md `Simulation` (money in yuan). */
export interface Simulation {
  outcomes: Outcome[];
  warnings: RowIssue[];
  totals: Totals;
  budgetExceeded: boolean;
  prorateFactor: number | null;
}
