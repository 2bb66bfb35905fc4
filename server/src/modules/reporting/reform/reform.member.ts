/**
 * A roster row packed by the database (reform.roster.ts) as the rules' Member; birth date and gender from the ID.
 * Read field by field off the text, numbers digit by digit, values that repeat (payment types, hardship lists,
 * village facts, birth dates) shared rather than made again, so that a member costs one object and its ID number
 * (this runs for every member of the region).
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

/** Between the fields of a member, and between members. */
const FIELD = 0x1f;
const FIELD_TEXT = '\u001f';
const MEMBER_TEXT = '\u001e';
const NO_CUSTOM: Record<string, unknown> = Object.freeze({});
/** Distinct values kept of each kind, at most (past it, a value is made again for each member). */
const KEPT = 10_000;

/**
 * One copy of each value of a field that repeats, found by its text. Members of a village mostly repeat the one
 * before them, which is checked first without cutting the text out.
 */
class Repeats<T> {
  private readonly known = new Map<string, T>();
  private lastText = '';
  private lastValue: T | undefined;

  constructor(private readonly make: (text: string) => T) {}

  /** The value written at `text[start, end)`. */
  at(text: string, start: number, end: number): T {
    const { lastText } = this;
    if (this.lastValue !== undefined && end - start === lastText.length && text.startsWith(lastText, start)) return this.lastValue;
    const written = text.slice(start, end);
    let value = this.known.get(written);
    if (value === undefined) {
      value = this.make(written);
      if (this.known.size < KEPT) this.known.set(written, value);
    }
    this.lastText = written;
    this.lastValue = value;
    return value;
  }
}

const paymentTypes = new Repeats((text) => text as PaymentType);
const hardships = new Repeats((text) => JSON.parse(text) as Hardship[]);
const customs = new Repeats((text) => Object.freeze(JSON.parse(text) as Record<string, unknown>));
/** Birth dates as YYYY-MM-DD from FIRST_YEAR on, by (year, month × 32 + day). */
const FIRST_YEAR = 1880;
const birthDates: (string | undefined)[] = new Array(200 * 416).fill(undefined);

/** Reads the packed members of `page` (members apart by U+001E) into `into`. */
export function readPacked(page: string, into: Member[]): void {
  const reader = new Reader(page);
  while (reader.at < page.length) {
    into.push(reader.member());
    reader.at++; // the U+001E between members
  }
}

/**
 * The fields are found with indexOf (the engine's own search, several times faster than a loop of charCodeAt over an
 * ID number or a JSON text); numbers are read digit by digit where they stand.
 */
class Reader {
  at = 0;
  constructor(private readonly text: string) {}

  member(): Member {
    const { text } = this;
    const start = this.at;
    const idEnd = text.indexOf(FIELD_TEXT, start);
    this.at = idEnd + 1;
    const collective = this.flag();
    const contribution = this.number();
    const paymentType = paymentTypes.at(text, this.at, this.fieldEnd());
    const proxyPaid = this.flag();
    const hardship = hardships.at(text, this.at, this.fieldEnd());
    return {
      idNumber: text.slice(start, idEnd),
      name: null,
      birthDate: birthDate(text, start),
      gender: (text.charCodeAt(start + 16) - 48) % 2 === 1 ? 'M' : 'F',
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

  /** Where the field at `at` ends (a U+001F follows it: not the last field); moves past it. */
  private fieldEnd(): number {
    const end = this.text.indexOf(FIELD_TEXT, this.at);
    this.at = end + 1;
    return end;
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
    this.at = text.charCodeAt(i) === FIELD ? i + 1 : i;
    return digits === 0 ? null : negative ? -n : n;
  }

  /** The last field: up to the next member or the page's end. */
  private custom(): Record<string, unknown> {
    const { text } = this;
    const start = this.at;
    let end = text.indexOf(MEMBER_TEXT, start);
    if (end < 0) end = text.length;
    this.at = end;
    if (end === start || (end - start === 4 && text.startsWith('null', start))) return NO_CUSTOM;
    return customs.at(text, start, end);
  }
}

/** The birth date of the ID number at `text[id]` (its digits 7 to 14), one string for each date. */
function birthDate(text: string, id: number): string {
  const year = digits(text, id + 6, id + 10);
  const day = digits(text, id + 10, id + 12) * 32 + digits(text, id + 12, id + 14);
  const slot = (year - FIRST_YEAR) * 416 + day; // 13 × 32 days a year, ample for any month and day written
  if (slot < 0 || slot >= birthDates.length) return dateOf(text, id);
  return (birthDates[slot] ??= dateOf(text, id));
}

const dateOf = (text: string, id: number) =>
  `${text.slice(id + 6, id + 10)}-${text.slice(id + 10, id + 12)}-${text.slice(id + 12, id + 14)}`;

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}
