import { NINGXIA_POLICY_YEARS } from '@cunce/rules';

/**
 * The scheme year a page opens on: the one chosen on the area page in this tab (sessionStorage), else this calendar
 * year if its policy is configured, else the latest configured year before it (issue 14 item 12: never a year
 * written into the code). The server's `myTasks` takes the same rule (policy.currentYear.ts).
 */
export function workingYear(today = new Date(), years: readonly number[] = NINGXIA_POLICY_YEARS.map((y) => y.year)): number {
  const chosen = Number(sessionStorage.getItem('cunce.year'));
  if (chosen) return chosen;
  const thisYear = today.getFullYear();
  const sorted = [...years].sort((a, b) => a - b);
  return sorted.filter((y) => y <= thisYear).at(-1) ?? sorted[0] ?? thisYear;
}
