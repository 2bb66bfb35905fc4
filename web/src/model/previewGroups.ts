import type { MemberInput, Outcome } from '@cunce/rules';
import { yuanToFen, fenToYuan } from '@cunce/rules';

/** The preview's chart data: collective subsidy summed (in fen, shown in yuan) by contribution tier or by age band. */
export interface Group {
  label: string;
  members: number;
  eligible: number;
  collective: number;
}

const AGE_BANDS: [number, number, string][] = [
  [0, 25, '16–24岁'],
  [25, 35, '25–34岁'],
  [35, 45, '35–44岁'],
  [45, 55, '45–54岁'],
  [55, 60, '55–59岁'],
  [60, 200, '60岁及以上'],
];

function groupBy(outcomes: readonly Outcome[], keyOf: (o: Outcome, i: number) => string, order: readonly string[]): Group[] {
  const fen = new Map<string, { members: number; eligible: number; fen: number }>(
    order.map((k) => [k, { members: 0, eligible: 0, fen: 0 }]),
  );
  outcomes.forEach((o, i) => {
    const k = keyOf(o, i);
    const g = fen.get(k) ?? { members: 0, eligible: 0, fen: 0 };
    g.members++;
    if (o.eligible) g.eligible++;
    g.fen += yuanToFen(o.collective) ?? 0;
    fen.set(k, g);
  });
  return [...fen.entries()].map(([label, g]) => ({ label, members: g.members, eligible: g.eligible, collective: fenToYuan(g.fen) }));
}

export function byTier(outcomes: readonly Outcome[], members: readonly MemberInput[]): Group[] {
  const tiers = [...new Set(members.map((m) => m.contribution ?? null))].sort((a, b) => (a ?? -1) - (b ?? -1));
  const label = (c: number | null | undefined) => (c === null || c === undefined ? '未缴费' : `${c}元`);
  return groupBy(outcomes, (_o, i) => label(members[i]?.contribution), tiers.map(label));
}

export function byAge(outcomes: readonly Outcome[]): Group[] {
  return groupBy(
    outcomes,
    (o) => AGE_BANDS.find(([lo, hi]) => o.age >= lo && o.age < hi)?.[2] ?? '其他',
    AGE_BANDS.map((b) => b[2]),
  ).filter((g) => g.members > 0);
}
