import { ref, shallowRef, watch, type Ref } from 'vue';
import { yuanToFen, type DonationsInput, type RuleSet } from '@cunce/rules';
import { query } from '../graphql/client';
import { VILLAGE_DONATIONS, type VillageDonations } from '../graphql/villageDonations';

/**
 * The gifts and pools recorded for the rule set's village and year, as the preview allocates them (as settlement
 * will, with what is left in each pool for this village now). Null while `active` is false (a sample roster, or
 * masked ID numbers that gifts cannot be matched with), when nothing is recorded, or when the user may not read them.
 */
export function useRecordedDonations(doc: Ref<RuleSet | null>, active: Ref<boolean>) {
  const input = shallowRef<DonationsInput | null>(null);
  const counts = ref({ gifts: 0, pools: 0 });
  let loaded: { key: string; data: VillageDonations | null } = { key: '', data: null };

  async function load(): Promise<void> {
    const d = doc.value;
    if (!active.value || !d) return void (input.value = null);
    const key = `${d.village}/${d.year}`;
    if (loaded.key !== key) {
      const data = await query(VILLAGE_DONATIONS, { villageCode: d.village, year: d.year }).then(
        (r) => r.villageDonations,
        () => null,
      );
      loaded = { key, data };
    }
    input.value = toInput(loaded.data, d.year);
    counts.value = { gifts: loaded.data?.gifts.length ?? 0, pools: loaded.data?.pools.length ?? 0 };
  }
  watch([() => doc.value?.village, () => doc.value?.year, active], () => void load(), { immediate: true });
  return { input, counts };
}

function toInput(data: VillageDonations | null, year: number): DonationsInput | null {
  if (!data || (data.gifts.length === 0 && data.pools.length === 0)) return null;
  const available = new Map(data.poolsAvailable.map((p) => [p.poolId, p.available]));
  return {
    year,
    gifts: data.gifts.map((g) => ({ id: g.id, donorId: g.donor.id, idNumber: g.idNumber, amountFen: yuanToFen(g.amount) ?? 0 })),
    pools: data.pools.map((p) => ({
      id: p.id,
      donorId: p.donor.id,
      availableFen: yuanToFen(available.get(p.id) ?? 0) ?? 0,
      perMemberFen: yuanToFen(p.perMember) ?? 0,
      condition: p.condition,
      order: p.order,
    })),
  };
}
