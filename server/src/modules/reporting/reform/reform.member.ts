/**
 * A roster row packed by the database (reform.roster.ts) as the rules' Member; birth date and gender from the ID.
 * Read field by field off the text, numbers digit by digit, so that a member costs one object and its ID number
 * rather than a dozen short strings (this runs for every member of the region).
 */
import type { Fen, Hardship, Member, PaymentType } from '@cunce/rules';

/** The member table's fields in a packed row, in order; `custom` (JSON, possibly empty) last. */
export const PACKED_FIELDS = [
  'idNumber',
  'isCollectiveMember',
  'contributionFen',
  'paymentType',
  'proxyPaid',
  'hardship',
  'contributionYears',
  'householdElderly',
  'householdChildren',
  'donationFen',
  'priorCreditFen',
  'custom',
] as const;

const SEP = 0x1f;
const NO_CUSTOM: Record<string, unknown> = {};
/** Values that repeat (payment types, hardship lists, birth dates): one string or list each. */
const texts = new Map<string, unknown>();

/** Reads the packed members of `page` (members apart by U+001E) into `into`. */
export function readPacked(page: string, into: Member[]): void {
  const reader = new Reader(page);
  while (reader.at < page.length) {
    into.push(reader.member());
    reader.at++; // the U+001E between members
  }
}

class Reader {
  at = 0;
  constructor(private readonly text: string) {}

  member(): Member {
    const id = this.field();
    const collective = this.flag();
    const contribution = this.number();
    const paymentType = this.shared(this.field()) as PaymentType;
    const proxyPaid = this.flag();
    const hardship = this.hardship(this.field());
    const birth = id.slice(6, 14);
    return {
      idNumber: id,
      name: null,
      birthDate: (texts.get(birth) as string | undefined) ?? this.birthDate(birth),
      gender: (id.charCodeAt(16) - 48) % 2 === 1 ? 'M' : 'F',
      isCollectiveMember: collective,
      contributionFen: contribution as Fen | null,
      paymentType,
      proxyPaid,
      hardship,
      contributionYears: this.number() ?? 0,
      householdElderly: this.number() ?? 0,
      householdChildren: this.number() ?? 0,
      donationFen: (this.number() ?? 0) as Fen,
      priorCreditFen: (this.number() ?? 0) as Fen,
      custom: this.custom(),
    };
  }

  /** The text up to the next separator (or the member's end), the separator skipped. */
  private field(): string {
    const { text } = this;
    const start = this.at;
    let i = start;
    while (i < text.length && text.charCodeAt(i) !== SEP && text.charCodeAt(i) !== 0x1e) i++;
    this.at = text.charCodeAt(i) === SEP ? i + 1 : i;
    return text.slice(start, i);
  }

  private flag(): boolean {
    const one = this.text.charCodeAt(this.at) === 0x31;
    this.at += 2;
    return one;
  }

  /** A whole number (fen, counts; possibly negative), or null for an empty field. */
  private number(): number | null {
    const { text } = this;
    let i = this.at;
    const negative = text.charCodeAt(i) === 0x2d;
    if (negative) i++;
    let n = 0;
    let digits = 0;
    for (let c = text.charCodeAt(i); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++i), digits++) n = n * 10 + c - 0x30;
    this.at = text.charCodeAt(i) === SEP ? i + 1 : i;
    return digits === 0 ? null : negative ? -n : n;
  }

  private custom(): Record<string, unknown> {
    const json = this.field();
    return json === '' || json === 'null' ? NO_CUSTOM : (JSON.parse(json) as Record<string, unknown>);
  }

  private shared(value: string): string {
    const known = texts.get(value);
    if (typeof known === 'string') return known;
    if (texts.size < 100_000) texts.set(value, value);
    return value;
  }

  private hardship(json: string): Hardship[] {
    const key = `h${json}`;
    let list = texts.get(key) as Hardship[] | undefined;
    if (!list) {
      list = JSON.parse(json) as Hardship[];
      if (texts.size < 100_000) texts.set(key, list);
    }
    return list;
  }

  private birthDate(birth: string): string {
    const date = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`;
    if (texts.size < 100_000) texts.set(birth, date);
    return date;
  }
}
