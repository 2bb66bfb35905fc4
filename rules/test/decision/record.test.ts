import { describe, expect, test } from 'vitest';
/** The order, dates and meetings of 四议两公开 as the server records them and the editor checks them as the cadre types. */
import { checkDecisionStep, type NewStep, type RecordedStep } from '../../src/decision/record.js';
import { earliestDate } from '../../src/decision/dates.js';
import { checkMeeting } from '../../src/decision/meeting.js';
import { missingBeforeSubmission } from '../../src/decision/steps.js';

const first: RecordedStep[] = [
  { step: 'PARTY_BRANCH_PROPOSAL', date: '2025-03-01' },
  { step: 'COMMITTEES_DELIBERATION', date: '2025-03-01' },
];
const five: RecordedStep[] = [
  ...first,
  { step: 'PARTY_MEMBERS_REVIEW', date: '2025-03-05' },
  { step: 'VILLAGERS_RESOLUTION', date: '2025-03-10' },
  { step: 'RESOLUTION_DISCLOSED', date: '2025-03-11' },
];
const review = (overrides: Partial<NewStep> = {}): NewStep => ({
  step: 'PARTY_MEMBERS_REVIEW',
  date: '2025-03-05',
  attendance: { expected: 30, present: 20 },
  votes: { for: 11, against: 5, abstain: 4 },
  ...overrides,
});
const codes = (recorded: RecordedStep[], next: NewStep, settled = false) =>
  checkDecisionStep(recorded, next, { settled }).map((i) => `${i.field} ${i.code}`);

describe('order and dates of the decision steps', () => {
  test('accepts the committees deliberating on the day of the proposal', () => {
    expect(codes(first.slice(0, 1), { step: 'COMMITTEES_DELIBERATION', date: '2025-03-01' })).toEqual([]);
  });

  test('refuses a step recorded out of order, naming the expected one', () => {
    const issues = checkDecisionStep([], { step: 'COMMITTEES_DELIBERATION', date: '2025-03-01' }, { settled: false });
    expect(issues).toEqual([
      { field: 'step', code: 'STEP_OUT_OF_ORDER', message: '步骤须按四议两公开的顺序记录：下一步应为“村党组织提议”' },
    ]);
  });

  test('refuses recording a step twice', () => {
    expect(codes(first, { step: 'PARTY_BRANCH_PROPOSAL', date: '2025-03-02' })).toEqual(['step STEP_ALREADY_RECORDED']);
  });

  test('refuses a date before the previous step', () => {
    const issues = checkDecisionStep(first, review({ date: '2025-02-28' }), { settled: false });
    expect(issues.map((i) => i.message)).toEqual(['日期应晚于上一步“村“两委”会议商议”的日期2025-03-01，现为2025-02-28']);
  });

  test('refuses a meeting held on the day of the step before it', () => {
    expect(codes(first, review({ date: '2025-03-01' }))).toEqual(['date DATE_GOES_BACK']);
  });

  test('refuses dates that are not ISO calendar dates', () => {
    expect(codes([], { step: 'PARTY_BRANCH_PROPOSAL', date: '2025-02-30' })).toEqual(['date BAD_DATE']);
    expect(codes([], { step: 'PARTY_BRANCH_PROPOSAL', date: '2025/03/01' })).toEqual(['date BAD_DATE']);
  });

  test('the disclosure of results needs a confirmed settlement', () => {
    const next: NewStep = { step: 'RESULT_DISCLOSED', date: '2025-12-20' };
    expect(codes(five, next, false)).toEqual(['step NOT_SETTLED_YET']);
    expect(codes(five, next, true)).toEqual([]);
  });

  test('the earliest date a step may carry: the next day, or the same day for the committees', () => {
    expect(earliestDate('COMMITTEES_DELIBERATION', '2025-03-01')).toBe('2025-03-01');
    expect(earliestDate('PARTY_MEMBERS_REVIEW', '2025-02-28')).toBe('2025-03-01');
    expect(earliestDate('RESOLUTION_DISCLOSED', '2024-12-31')).toBe('2025-01-01');
    expect(earliestDate('PARTY_BRANCH_PROPOSAL', null)).toBeNull();
  });

  test('names the first five steps still missing for a submission', () => {
    expect(missingBeforeSubmission(first)).toEqual(['PARTY_MEMBERS_REVIEW', 'VILLAGERS_RESOLUTION', 'RESOLUTION_DISCLOSED']);
    expect(missingBeforeSubmission(five)).toEqual([]);
  });
});

describe('the two meetings', () => {
  test('accept two thirds present and more than half of those present in favour', () => {
    expect(codes(first, review())).toEqual([]);
  });

  test('need attendance and votes', () => {
    expect(codes(first, review({ attendance: null, votes: undefined }))).toEqual(['attendance MISSING_ATTENDANCE', 'votes MISSING_VOTES']);
  });

  test('the party members review refuses attendance under two thirds', () => {
    const issues = checkDecisionStep(
      first,
      review({ attendance: { expected: 30, present: 19 }, votes: { for: 19, against: 0, abstain: 0 } }),
      { settled: false },
    );
    expect(issues).toEqual([
      {
        field: 'attendance.present',
        code: 'QUORUM_NOT_MET',
        message: '党员大会实到19人，不足应到30人的三分之二（至少 20 人），会议无效，请重新召开',
      },
    ]);
  });

  test('exactly half in favour is not a majority, and the message says how many would be', () => {
    const issues = checkDecisionStep(first, review({ votes: { for: 10, against: 10, abstain: 0 } }), { settled: false });
    expect(issues).toEqual([
      { field: 'votes.for', code: 'MAJORITY_NOT_MET', message: '赞成10票，未超过实到20人的半数（至少 11 票），未获通过' },
    ]);
  });

  test('the villagers resolution needs a majority of those present but no quorum', () => {
    const upTo = five.slice(0, 3);
    const resolution = (present: number, inFavour: number): NewStep => ({
      step: 'VILLAGERS_RESOLUTION',
      date: '2025-03-10',
      attendance: { expected: 100, present },
      votes: { for: inFavour, against: present - inFavour, abstain: 0 },
    });
    expect(codes(upTo, resolution(40, 21))).toEqual([]);
    expect(codes(upTo, resolution(40, 20))).toEqual(['votes.for MAJORITY_NOT_MET']);
  });

  test('refuses more votes than members present and more present than expected', () => {
    expect(codes(first, review({ attendance: { expected: 30, present: 31 }, votes: { for: 20, against: 10, abstain: 2 } }))).toEqual([
      'attendance.present PRESENT_ABOVE_EXPECTED',
      'votes VOTES_ABOVE_PRESENT',
    ]);
  });

  test('refuses counts that are negative or not whole', () => {
    expect(codes(first, review({ votes: { for: 11.5, against: -1, abstain: 0 } }))).toEqual([
      'votes.for BAD_COUNT',
      'votes.against BAD_COUNT',
    ]);
  });

  test('refuses counts not filled in yet (a form), naming each in Chinese', () => {
    const issues = checkMeeting('VILLAGERS_RESOLUTION', {
      attendance: { expected: 40, present: null },
      votes: { for: 30, against: 0, abstain: null },
    });
    expect(issues.map((i) => `${i.field} ${i.code} ${i.message}`)).toEqual([
      'attendance.present BAD_COUNT 实到人数应为不小于0的整数，现为空',
      'votes.abstain BAD_COUNT 弃权票应为不小于0的整数，现为空',
    ]);
  });
});
