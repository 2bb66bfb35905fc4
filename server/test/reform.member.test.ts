/**
 * The reform's packed roster pages (reform.roster.ts) read back as the rules' Member: a page as text (PostgreSQL)
 * and as its UTF-8 bytes (SQLite) give the same members, whether the bytes are all ASCII or carry a village fact in
 * Chinese.
 */
import { expect, test } from 'vitest';
import { membersOf } from '../src/modules/reporting/reform/reform.task.js';

/** A member packed as the database packs it: fields apart by U+001F, in PACKED_FIELDS' order. */
const packed = (id: string, fields: { contribution?: string; hardship?: string; custom?: string } = {}) =>
  [id, '1', fields.contribution ?? '30000', 'CURRENT', '0', fields.hardship ?? '[]', '7', '1', '0', '5000', '0', fields.custom ?? ''].join(
    '\u001f',
  );
const page = (...members: string[]) => members.join('\u001e');
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

test('reads an ASCII page the same from its bytes as from its text', () => {
  const text = page(packed('640105196201170027'), packed('64010519980603003X', { contribution: '', hardship: '["MINIMUM_LIVING"]' }));
  const members = membersOf([bytes(text)]);
  expect(members).toEqual(membersOf([text]));
  expect(members.map((m) => [m.idNumber, m.birthDate, m.gender, m.contributionFen, m.hardship])).toEqual([
    ['640105196201170027', '1962-01-17', 'F', 30000, []],
    ['64010519980603003X', '1998-06-03', 'M', null, ['MINIMUM_LIVING']],
  ]);
});

test('reads a village fact in Chinese from the UTF-8 bytes of a page', () => {
  const text = page(packed('640105196201170027', { custom: '{"村民小组":"第三组"}' }), packed('640105199806030039'));
  const members = membersOf([bytes(text)]);
  expect(members).toEqual(membersOf([text]));
  expect(members[0]!.custom).toEqual({ 村民小组: '第三组' });
  expect(members[1]!.custom).toEqual({});
});
