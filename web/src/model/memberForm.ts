import type { Hardship, MemberInput, PaymentType } from '@cunce/rules';
import type { RosterRow } from '../graphql/roster';
import { readableMessage } from './issueText';

/** One member as the edit dialog's form holds it: money typed as text, so that what was typed can be refused at the field. */
export interface MemberForm {
  idNumber: string;
  name: string;
  isCollectiveMember: boolean;
  contribution: string;
  paymentType: PaymentType;
  proxyPaid: boolean;
  hardship: Hardship[];
  contributionYears: number;
  householdElderly: number;
  householdChildren: number;
  donation: string;
  priorCredit: string;
}

export function formOf(m: RosterRow): MemberForm {
  return {
    idNumber: m.idNumber,
    name: m.name ?? '',
    isCollectiveMember: m.isCollectiveMember,
    contribution: m.contribution === null ? '' : String(m.contribution),
    paymentType: m.paymentType as PaymentType,
    proxyPaid: m.proxyPaid,
    hardship: [...(m.hardship as Hardship[])],
    contributionYears: m.contributionYears,
    householdElderly: m.householdElderly,
    householdChildren: m.householdChildren,
    donation: String(m.donation),
    priorCredit: String(m.priorCredit),
  };
}

/** The form as the MemberInput sent, or the fields whose text is not a number of yuan (said at the field). */
export function inputOf(f: MemberForm, custom: unknown): { input: MemberInput } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const yuan = (field: 'contribution' | 'donation' | 'priorCredit', empty: number | null) => {
    const text = f[field].trim();
    if (text === '') return empty;
    if (!/^\d+(\.\d{1,2})?$/.test(text)) errors[field] = `请填写金额（元，最多两位小数），现为“${text}”`;
    return Number(text);
  };
  const input: MemberInput = {
    idNumber: f.idNumber.trim(),
    name: f.name.trim() || null,
    isCollectiveMember: f.isCollectiveMember,
    contribution: yuan('contribution', null),
    paymentType: f.paymentType,
    proxyPaid: f.proxyPaid,
    hardship: f.hardship,
    contributionYears: f.contributionYears,
    householdElderly: f.householdElderly,
    householdChildren: f.householdChildren,
    donation: yuan('donation', 0) ?? 0,
    priorCredit: yuan('priorCredit', 0) ?? 0,
    ...(custom ? { custom: custom as Record<string, unknown> } : {}),
  };
  return Object.keys(errors).length ? { errors } : { input };
}

/**
 * The server's refusal of one member (extensions.rows, each with its field) as a message per field of the form,
 * without the field's own name in front (it is shown beside the field). Issues of no form field are left out.
 */
export function fieldErrors(rows: unknown, fields: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Array.isArray(rows)) return out;
  for (const r of rows as { field?: string; message?: string }[]) {
    if (!r.field || !fields.includes(r.field) || out[r.field]) continue;
    out[r.field] = readableMessage(
      String(r.message ?? '')
        .replace(/^第\d+行/, '')
        .replace(/^“[^”]*”（[A-Za-z]+）：/, ''),
    );
  }
  return out;
}
