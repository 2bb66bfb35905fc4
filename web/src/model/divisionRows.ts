import type { AdminCounty, AdminVillage } from '../graphql/divisionAdmin';

/** The divisions as rows of a tree table: county → township → village, narrowed to what matches a search. */
export interface DivisionRow {
  key: string;
  level: 'county' | 'township' | 'village';
  name: string;
  code: string;
  village?: AdminVillage;
  /** A township's code is provisional. */
  provisional?: boolean;
  children?: DivisionRow[];
}

const hit = (text: string, code: string, search: string) => !search || text.includes(search) || code.startsWith(search) || code === search;

/** A division matching the search keeps everything under it; otherwise it stays only for a match below it. */
export function divisionRows(counties: readonly AdminCounty[], search = ''): DivisionRow[] {
  const s = search.trim();
  const rows: DivisionRow[] = [];
  for (const c of counties) {
    const countyHit = hit(c.name, c.code, s);
    const townships: DivisionRow[] = [];
    for (const t of c.townships) {
      const townshipHit = countyHit || hit(t.name, t.code, s);
      const villages = t.villages
        .filter((v) => townshipHit || hit(v.name, v.code, s) || v.formerCodes.some((f) => f.startsWith(s)))
        .map((v): DivisionRow => ({ key: v.code, level: 'village', name: v.name, code: v.code, village: v }));
      if (townshipHit || villages.length)
        townships.push({ key: t.code, level: 'township', name: t.name, code: t.code, provisional: t.provisional, children: villages });
    }
    if (countyHit || townships.length)
      rows.push({ key: c.code, level: 'county', name: `${c.name}（${c.city}）`, code: c.code, children: townships });
  }
  return rows;
}

/** What is wrong with a village code for a township (the server's rule, said before sending); empty when fine. */
export function villageCodeProblem(code: string, townshipCode: string): string {
  if (!/^\d{12}$/.test(code)) return '村代码应为12位数字';
  if (!code.startsWith(townshipCode)) return `村代码应以所属乡镇的代码${townshipCode}开头`;
  return '';
}

/** What is wrong with a township code for a county; empty when fine. */
export function townshipCodeProblem(code: string, countyCode: string): string {
  if (!/^\d{9}$/.test(code)) return '乡镇代码应为9位数字';
  if (!code.startsWith(countyCode)) return `乡镇代码应以所属县（区）的代码${countyCode}开头`;
  return '';
}
