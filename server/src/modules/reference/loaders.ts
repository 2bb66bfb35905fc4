/**
 * Per-request DataLoaders (issue 13 item 1): a field resolver asks `ctx.loader(factory).load(key)`, and the keys
 * asked in one tick of the execution are read with one statement, however many villages the answer lists. Loaders
 * batch without caching (`cache: false`): two mutations in one document never see each other's stale rows.
 */
import DataLoader from 'dataloader';
import type { Em } from '../../db/orm.js';

export type LoaderFactory<K, V> = (em: Em) => DataLoader<K, V>;
export type Loaders = <K, V>(factory: LoaderFactory<K, V>) => DataLoader<K, V>;

/** The loaders of one request: each factory's loader is made on first use, on the request's entity manager. */
export function requestLoaders(em: Em): Loaders {
  const made = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();
  return <K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> => {
    let loader = made.get(factory as LoaderFactory<unknown, unknown>) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = factory(em);
      made.set(factory as LoaderFactory<unknown, unknown>, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  };
}

/**
 * A loader whose keys are grouped (by year, by a flag) and each group read with one statement: `read` gets the
 * group's keys and gives rows; rows are filed under their owner's id (`rowOwner`: a village's, a scheme's) and
 * `pick` takes a key's value from the rows of its owner (`keyOwner`).
 */
export function groupedLoader<K, V, R>(options: {
  group?: (key: K) => string;
  read: (keys: K[]) => Promise<R[]>;
  rowOwner: (row: R) => number;
  keyOwner: (key: K) => number;
  pick: (rows: R[], key: K) => V;
}): DataLoader<K, V> {
  const { group = () => '', read, rowOwner, keyOwner, pick } = options;
  return new DataLoader<K, V>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const key of keys) groups.set(group(key), [...(groups.get(group(key)) ?? []), key]);
      const owned = new Map<string, Map<number, R[]>>();
      for (const [name, members] of groups) {
        const byOwner = new Map<number, R[]>();
        for (const row of await read(members)) byOwner.set(rowOwner(row), [...(byOwner.get(rowOwner(row)) ?? []), row]);
        owned.set(name, byOwner);
      }
      return keys.map((key) => pick(owned.get(group(key))!.get(keyOwner(key)) ?? [], key));
    },
    { cache: false },
  );
}
