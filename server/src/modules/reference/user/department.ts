/** The offices that acknowledge or return a village's filings and suspensions. */
export const DEPARTMENTS = ['TOWNSHIP', 'COUNTY_HRSS', 'COUNTY_AGRICULTURE'] as const;
export type Department = (typeof DEPARTMENTS)[number];
