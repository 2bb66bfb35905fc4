/** Fixtures for the donation allocator: a 2025 roster (region cap 3000 yuan) and gifts and pools with overrides. */
import type { AllocationInput, DirectGift, PoolInput } from '../../src/donations/types.js';
import type { Member, MemberInput } from '../../src/types.js';
import { members as checked, memberInput, policies } from '../evaluate/factory.js';

export const CAP_FEN = 300_000;
export const yuan = (y: number): number => Math.round(y * 100);

export function roster(inputs: (Partial<MemberInput> & { birthDate?: string })[]): Member[] {
  return checked(inputs.map((i) => memberInput(i)));
}

export function input(members: Member[], overrides: Partial<AllocationInput> = {}): AllocationInput {
  return { members, collectiveFen: members.map(() => 0), policy: policies(2025)!, year: 2025, gifts: [], pools: [], ...overrides };
}

let serial = 0;
export function gift(member: Member, amountYuan: number, donorId: string | null = 'd1'): DirectGift {
  return { id: `g${++serial}`, donorId, idNumber: member.idNumber, amountFen: yuan(amountYuan) };
}

export function pool(overrides: Partial<PoolInput> = {}): PoolInput {
  return {
    id: `p${++serial}`,
    donorId: 'charity',
    availableFen: yuan(1000),
    perMemberFen: yuan(200),
    condition: null,
    order: 'ROSTER',
    ...overrides,
  };
}
