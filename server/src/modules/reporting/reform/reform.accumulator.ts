/** Sums villages' reforms into their township, county and the scope's total as they stream past. */
import { addChanges, addFigures, emptyFigures, type TierMove, type VillageReform } from '@cunce/rules';
import type { ReformLevel, ReformResult, ReformRow, VillageRef } from './reform.result.js';
import type { ScopeVillage } from './reform.villages.js';

export class ReformAccumulator {
  readonly total: ReformRow;
  /** Counties, townships and villages in tree order (a county before its townships, a township before its villages). */
  readonly rows: ReformRow[] = [];
  readonly issues: ReformResult['issues'] = [];
  readonly budgets: ReformResult['budgets'] = [];
  readonly collectiveChanges = new Map<number, number>();
  readonly accountCreditChanges = new Map<number, number>();
  private readonly moves = new Map<string, TierMove>();
  private readonly areas = new Map<string, ReformRow>();

  constructor(code: string | null, name: string) {
    this.total = row(code ? 'COUNTY' : 'REGION', code ?? '640000', name, null);
  }

  add(v: ScopeVillage, r: VillageReform): void {
    const county = this.area('COUNTY', v.countyCode, v.countyName, null);
    const township = this.area('TOWNSHIP', v.townshipCode, v.townshipName, v.countyCode);
    const village = row('VILLAGE', v.code, v.name, v.townshipCode);
    this.rows.push(village);
    const ref: VillageRef = { villageCode: v.code, villageName: v.name, countyName: v.countyName, townshipName: v.townshipName };
    for (const issue of r.issues) this.issues.push({ ...ref, ...issue });
    const over = r.budget !== null && (r.budget.after.exceeded || r.budget.after.prorateFactor !== null);
    if (r.budget && (over || r.budget.before.exceeded || r.budget.before.prorateFactor !== null))
      this.budgets.push({ ...ref, ...r.budget });
    const moved = r.moves.reduce((n, m) => n + m.members, 0);
    for (const area of [this.total, county, township, village]) {
      area.villages++;
      if (r.hasStandard) area.withStandard++;
      addFigures(area.before, r.before);
      addFigures(area.after, r.after);
      area.movedMembers += moved;
      if (r.issues.some((i) => i.severity === 'ERROR')) area.invalidVillages++;
      if (over) area.overBudgetVillages++;
    }
    for (const m of r.moves) {
      const key = `${m.fromFen}>${m.toFen}`;
      const sum = this.moves.get(key) ?? { ...m, members: 0 };
      sum.members += m.members;
      this.moves.set(key, sum);
    }
    addChanges(this.collectiveChanges, r.collectiveChanges);
    addChanges(this.accountCreditChanges, r.accountCreditChanges);
  }

  tierMoves(): TierMove[] {
    return [...this.moves.values()].sort((a, b) => a.fromFen - b.fromFen || a.toFen - b.toFen);
  }

  /** The county's or township's row, added to the rows when first seen (villages come in tree order). */
  private area(level: ReformLevel, code: string, name: string, parentCode: string | null): ReformRow {
    let area = this.areas.get(code);
    if (!area) {
      this.areas.set(code, (area = row(level, code, name, parentCode)));
      this.rows.push(area);
    }
    return area;
  }
}

function row(level: ReformLevel, code: string, name: string, parentCode: string | null): ReformRow {
  return {
    level,
    code,
    name,
    parentCode,
    villages: 0,
    withStandard: 0,
    before: emptyFigures(),
    after: emptyFigures(),
    movedMembers: 0,
    invalidVillages: 0,
    overBudgetVillages: 0,
  };
}
