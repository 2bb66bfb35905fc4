import type { Hardship, MemberInput, PolicyYear } from '@cunce/rules';
// makeIdNumber is not exported from the package entry yet (rules/src/index.ts); it lives in idNumber.ts.
import { makeIdNumber } from '../../../rules/src/idNumber';

/**
 * A made-up roster for the preview when the village has none imported: valid ID numbers (GB 11643) with the
 * village's address code, ages 16 to 59, contributions spread over the year's tiers, some hardship members on
 * the hardship tier, a few back-payers, non-members and non-payers. Deterministic: the same village and year
 * give the same roster.
 */
export function sampleRoster(villageCode: string, year: number, policy: PolicyYear | undefined, size = 120): MemberInput[] {
  const random = seeded(Number(villageCode.slice(-6)) * 31 + year);
  const tiers = (policy?.tiers ?? []).filter((t) => !t.hardshipOnly).map((t) => t.amount);
  const hardshipTier = policy?.tiers.find((t) => t.hardshipOnly)?.amount;
  const weights = tiers.map((t) => (t <= 300 ? 6 : t <= 1000 ? 3 : 1));
  const hardshipKinds: Hardship[] = ['MINIMUM_LIVING', 'POVERTY_MONITORING', 'SEVERE_DISABILITY', 'OUT_OF_POVERTY'];
  const members: MemberInput[] = [];
  for (let i = 0; i < size; i++) {
    const age = 16 + Math.floor(random() * 44);
    const birth = `${year - age - 1}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
    const seq = pad3(2 * i + (random() < 0.5 ? 1 : 2));
    const roll = random();
    const hardship: Hardship[] = roll < 0.08 ? [hardshipKinds[Math.floor(random() * hardshipKinds.length)]!] : [];
    const onHardshipTier = hardship.length > 0 && hardship[0] !== 'OUT_OF_POVERTY' && hardshipTier !== undefined && random() < 0.7;
    const member: MemberInput = {
      idNumber: makeIdNumber(villageCode.slice(0, 6), birth, seq),
      name: `样例${i + 1}`,
      contribution: onHardshipTier ? hardshipTier! : pick(tiers, weights, random()),
      paymentType: roll > 0.97 ? 'BACK_PAY' : 'CURRENT',
      isCollectiveMember: !(roll > 0.93 && roll <= 0.97),
      proxyPaid: onHardshipTier,
      hardship,
      contributionYears: Math.min(age - 16, Math.floor(random() * 15)),
      householdElderly: Math.floor(random() * 3),
      householdChildren: Math.floor(random() * 3),
    };
    if (roll > 0.9 && roll <= 0.93) member.contribution = null;
    members.push(member);
  }
  return members;
}

const pad = (n: number) => String(n).padStart(2, '0');
const pad3 = (n: number) => String(n % 1000).padStart(3, '0');

function pick(values: readonly number[], weights: readonly number[], r: number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = r * total;
  for (let i = 0; i < values.length; i++) if ((x -= weights[i]!) < 0) return values[i]!;
  return values.at(-1) ?? 200;
}

/** mulberry32: a small seeded generator, so the sample does not change between reloads. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
