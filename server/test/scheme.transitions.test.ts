import { describe, expect, test } from 'vitest';
import {
  nextStatus,
  receiptKindFor,
  SCHEME_STATUSES,
  transitionMessage,
  type SchemeMove,
} from '../src/modules/lifecycle/scheme/scheme.transitions.js';

describe('scheme status machine', () => {
  test('walks a whole filing: save, submit, file', () => {
    const draft = nextStatus(null, 'SAVE');
    expect(draft).toBe('DRAFT');
    expect(nextStatus(draft, 'SAVE')).toBe('DRAFT');
    const submitted = nextStatus(draft, 'SUBMIT');
    expect(submitted).toBe('SUBMITTED');
    expect(nextStatus(submitted, 'FILE')).toBe('FILED');
  });

  test('a returned filing goes back to DRAFT', () => {
    expect(nextStatus('SUBMITTED', 'RETURN')).toBe('DRAFT');
  });

  test('saving while FILED starts an amendment in DRAFT', () => {
    expect(nextStatus('FILED', 'SAVE')).toBe('DRAFT');
  });

  test('suspension and resumption go FILED → SUSPENDED → SUBMITTED', () => {
    expect(nextStatus('FILED', 'SUSPEND')).toBe('SUSPENDED');
    expect(nextStatus('SUSPENDED', 'RESUME')).toBe('SUBMITTED');
  });

  test('every other move is refused', () => {
    const allowed = new Set([
      'NONE SAVE',
      'DRAFT SAVE',
      'FILED SAVE',
      'DRAFT SUBMIT',
      'SUBMITTED RETURN',
      'SUBMITTED FILE',
      'FILED SUSPEND',
      'SUSPENDED RESUME',
    ]);
    const moves: SchemeMove[] = ['SAVE', 'SUBMIT', 'RETURN', 'FILE', 'SUSPEND', 'RESUME'];
    for (const from of [null, ...SCHEME_STATUSES]) {
      for (const move of moves) {
        const key = `${from ?? 'NONE'} ${move}`;
        expect(nextStatus(from, move) !== null, key).toBe(allowed.has(key));
      }
    }
  });

  test('saving while SUBMITTED is refused with a Chinese message naming the status', () => {
    expect(nextStatus('SUBMITTED', 'SAVE')).toBeNull();
    expect(transitionMessage('SUBMITTED', 'SAVE')).toBe('方案当前状态为“已报送待备案”，不能保存补助标准');
  });

  test('acknowledgements are filing receipts while SUBMITTED and suspension receipts while SUSPENDED', () => {
    expect(receiptKindFor('SUBMITTED')).toBe('FILING');
    expect(receiptKindFor('SUSPENDED')).toBe('SUSPENSION');
    expect(receiptKindFor('DRAFT')).toBeNull();
    expect(receiptKindFor('FILED')).toBeNull();
  });
});
