import { simulate, yuanToFen, fenToYuan, type MemberInput, type PolicySource, type RuleSet } from '@cunce/rules';

/** The roster evaluated with two rule sets: who gets a different amount, by how much, and the total change. */
export interface WhatIfRow {
  index: number;
  name: string | null;
  idNumber: string;
  before: number;
  after: number;
  change: number;
}
export type WhatIf =
  | { ok: true; rows: WhatIfRow[]; totalBefore: number; totalAfter: number; totalChange: number; members: number }
  | { ok: false; message: string };

export async function whatIf(before: RuleSet, after: RuleSet, members: readonly MemberInput[], policies: PolicySource): Promise<WhatIf> {
  const [a, b] = await Promise.all([simulate(before, members, policies), simulate(after, members, policies)]);
  if (!a.ok || !b.ok) {
    const bad = !a.ok ? '前一个版本' : '后一个版本';
    const r = !a.ok ? a : (b as Extract<typeof b, { ok: false }>);
    return { ok: false, message: r.rows.length ? `花名册有不合格的行：${r.rows[0]!.message}` : `${bad}有错误，无法计算` };
  }
  const fen = (y: number) => yuanToFen(y) ?? 0;
  const rows: WhatIfRow[] = [];
  a.simulation.outcomes.forEach((o, index) => {
    const n = b.simulation.outcomes[index]!;
    if (fen(o.collective) !== fen(n.collective)) {
      rows.push({
        index,
        name: members[index]?.name ?? null,
        idNumber: o.idNumber,
        before: o.collective,
        after: n.collective,
        change: fenToYuan(fen(n.collective) - fen(o.collective)),
      });
    }
  });
  const totalBefore = a.simulation.totals.collective;
  const totalAfter = b.simulation.totals.collective;
  return { ok: true, rows, totalBefore, totalAfter, totalChange: fenToYuan(fen(totalAfter) - fen(totalBefore)), members: members.length };
}
