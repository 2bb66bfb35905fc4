/** The distribution of the change per member as a chart's bars: each amount when few, else equal ranges. */
import type { Fen } from '../money.js';
import type { ChangeCounts } from './types.js';

export interface ChangeBucket {
  /** Lowest and highest change in the bucket, fen (equal when the bucket is one amount). */
  fromFen: Fen;
  toFen: Fen;
  members: number;
}

/** At most `most` buckets in ascending order; ranges are whole fen wide and cover every change. */
export function changeBuckets(counts: ChangeCounts, most = 24): ChangeBucket[] {
  const changes = [...counts.keys()].sort((a, b) => a - b);
  if (changes.length === 0) return [];
  if (changes.length <= most) return changes.map((c) => ({ fromFen: c as Fen, toFen: c as Fen, members: counts.get(c)! }));
  const low = changes[0]!;
  const high = changes[changes.length - 1]!;
  const width = Math.ceil((high - low + 1) / most);
  const buckets: ChangeBucket[] = Array.from({ length: most }, (_, i) => ({
    fromFen: (low + i * width) as Fen,
    toFen: Math.min(high, low + (i + 1) * width - 1) as Fen,
    members: 0,
  }));
  for (const c of changes) buckets[Math.floor((c - low) / width)]!.members += counts.get(c)!;
  return buckets.filter((b) => b.fromFen <= high);
}
