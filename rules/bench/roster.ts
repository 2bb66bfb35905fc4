/**
 * A synthetic roster for benchmarks: already-checked `Member` objects with a realistic mix (tiers weighted
 * toward 200/300/500, some 100 for hardship groups, 1000–3000 rare; ages 16–90; about 8% in hardship
 * categories, 3% back-payments or lump sums, 2% not collective members, 1% without a contribution, some
 * donations). Deterministic for a seed. Values that repeat (birth dates, hardship lists, custom objects) are
 * shared between members so that a million of them fit in little memory. ID numbers are valid and distinct
 * (up to 499 members born on the same day).
 */
import { daysInMonth, makeIdNumber } from '../src/idNumber.js';
import { fen } from '../src/money.js';
import { HARDSHIP_CATEGORIES, type FactDeclaration, type Hardship, type Member, type MemberInput, type PolicyYear } from '../src/types.js';

export interface RosterOptions {
  year: number;
  policy: PolicyYear;
  /** The rule set's village facts: members get values for them in `custom`. */
  facts?: readonly FactDeclaration[];
  /** The 6-digit address code of the ID numbers (default 640181, 灵武市). */
  addressCode?: string;
  seed?: number;
}

/** Relative weight of each tier amount (yuan); tiers not listed weigh 1. */
const TIER_WEIGHTS: Record<number, number> = { 100: 6, 200: 40, 300: 25, 500: 18, 1000: 5, 2000: 2, 3000: 1 };

export function syntheticRoster(count: number, opts: RosterOptions): Member[] {
  const random = mulberry32(opts.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const tiers = tierPicker(opts.policy, random);
  const hardshipTier = opts.policy.tiers.find((t) => t.hardshipOnly)?.amount;
  const qualifying = opts.policy.hardshipTierCategories.map((h) => [h] as Hardship[]);
  const anyHardship = HARDSHIP_CATEGORIES.map((h) => [h] as Hardship[]);
  const noHardship: Hardship[] = [];
  const customs = customPool(opts.facts ?? [], random);
  const dates = new Map<string, string>();
  const serials = new Map<string, number>();
  const members: Member[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const age = 16 + Math.floor(random() * 75); // 16–90 on 31 December
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * daysInMonth(opts.year - age, month));
    const key = `${opts.year - age}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const birthDate = dates.get(key) ?? (dates.set(key, key), key);
    const male = random() < 0.5;
    const serial = (serials.get(key) ?? 0) + 1;
    serials.set(key, serial);
    const seq = String((2 * serial + (male ? 1 : 0)) % 1000).padStart(3, '0');
    const r = random();
    const paymentType = r < 0.02 ? 'BACK_PAY' : r < 0.03 ? 'LUMP_SUM' : 'CURRENT';
    let contribution: number | null = paymentType === 'LUMP_SUM' ? pick([15000, 20000, 30000]) : tiers();
    if (paymentType === 'CURRENT' && random() < 0.01) contribution = null;
    const onHardshipTier = contribution === hardshipTier && paymentType === 'CURRENT';
    const hardship = onHardshipTier ? pick(qualifying) : random() < 0.03 ? pick(anyHardship) : noHardship;
    const contributionYears = Math.min(age - 16, Math.floor(random() * 30));
    members[i] = {
      idNumber: makeIdNumber(opts.addressCode ?? '640181', birthDate, seq),
      name: null,
      birthDate,
      gender: male ? 'M' : 'F',
      isCollectiveMember: random() >= 0.02,
      contributionFen: contribution === null ? null : fen(contribution * 100),
      paymentType,
      proxyPaid: hardship.length > 0 && random() < 0.5,
      hardship,
      contributionYears,
      householdElderly: (age >= 60 ? 1 : 0) + Math.floor(random() * 3),
      householdChildren: Math.floor(random() * 3),
      donationFen: fen(random() < 0.03 ? pick([5000, 10000, 20000, 300000]) : 0),
      priorCreditFen: fen(random() < 0.005 ? 10000 : 0),
      custom: pick(customs),
    };
  }
  return members;
}

/** A member as a client would send it (MemberInput, money in yuan), e.g. for the server benchmark. */
export function toMemberInput(m: Member): MemberInput {
  return {
    idNumber: m.idNumber,
    isCollectiveMember: m.isCollectiveMember,
    contribution: m.contributionFen === null ? null : m.contributionFen / 100,
    paymentType: m.paymentType,
    proxyPaid: m.proxyPaid,
    hardship: m.hardship,
    contributionYears: m.contributionYears,
    householdElderly: m.householdElderly,
    householdChildren: m.householdChildren,
    donation: m.donationFen / 100,
    priorCredit: m.priorCreditFen / 100,
    custom: m.custom,
  };
}

function tierPicker(policy: PolicyYear, random: () => number): () => number {
  const amounts = policy.tiers.map((t) => t.amount);
  const weights = amounts.map((a) => TIER_WEIGHTS[a] ?? 1);
  const total = weights.reduce((a, b) => a + b, 0);
  return () => {
    let x = random() * total;
    for (let i = 0; i < amounts.length; i++) if ((x -= weights[i]!) < 0) return amounts[i]!;
    return amounts[amounts.length - 1]!;
  };
}

/** A few dozen `custom` objects with values for the village facts, shared by the members. */
function customPool(facts: readonly FactDeclaration[], random: () => number): Record<string, unknown>[] {
  if (facts.length === 0) return [{}];
  return Array.from({ length: 32 }, () => {
    const custom: Record<string, unknown> = {};
    for (const f of facts) {
      if (random() < 0.1) continue; // absent for some members
      if (f.type === 'number') custom[f.name] = Math.floor(random() * 10);
      else if (f.type === 'boolean') custom[f.name] = random() < 0.5;
      else if (f.type === 'enum') custom[f.name] = f.values![Math.floor(random() * f.values!.length)];
      else custom[f.name] = `v${Math.floor(random() * 3)}`;
    }
    return custom;
  });
}

/** A small seeded PRNG (mulberry32): the same roster every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
