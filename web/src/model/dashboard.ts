import type { DashboardFigures } from '../graphql/dashboard';

/** Budget use as a percentage for screens ("33.3%"), or a dash when no budget is set. */
export function percent(ratio: number | null): string {
  return ratio === null ? '—' : `${(ratio * 100).toFixed(1)}%`;
}

/** Villages with a scheme of the year (any status). */
export function withScheme(f: DashboardFigures): number {
  return f.villages - f.schemes.none;
}

/** Whether the user sees the whole region (and may open any county). */
export function regionWide(user: { role: string; areaCode: string | null } | null): boolean {
  return user?.role === 'REGION_ADMIN' || (user?.role === 'AGENCY' && !user.areaCode);
}
