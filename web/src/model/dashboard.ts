import type { DashboardFigures } from '../graphql/dashboard';

/** Budget use as a percentage for screens ("33.3%"), or a dash when no budget is set. */
export function percent(ratio: number | null): string {
  return ratio === null ? '—' : `${(ratio * 100).toFixed(1)}%`;
}

/** A count of people or villages for screens, with thousands separators ("1,870,000"). */
export function count(n: number): string {
  return n.toLocaleString('zh-CN');
}

/** Villages with a scheme of the year (any status). */
export function withScheme(f: DashboardFigures): number {
  return f.villages - f.schemes.none;
}

/** Whether the user sees the whole region (and may open any county). */
export function regionWide(user: { role: string; areaCode: string | null } | null): boolean {
  return user?.role === 'REGION_ADMIN' || (user?.role === 'AGENCY' && !user.areaCode);
}

/** Charts show at most this many counties or villages at once; more scroll (a county has about 100 villages). */
export const CHART_CATEGORIES = 30;

export interface ChartGrid {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The grid and, past CHART_CATEGORIES categories, a slider to scroll them (with room for it under the labels). */
export function categoryZoom(n: number, grid: ChartGrid): { grid: ChartGrid; dataZoom?: object[] } {
  if (n <= CHART_CATEGORIES) return { grid };
  return {
    grid: { ...grid, bottom: grid.bottom + 20 },
    dataZoom: [
      { type: 'slider', height: 14, bottom: 4, startValue: 0, endValue: CHART_CATEGORIES - 1, zoomLock: true, showDetail: false },
      { type: 'inside', zoomLock: true },
    ],
  };
}
