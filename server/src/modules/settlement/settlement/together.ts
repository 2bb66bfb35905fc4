/**
 * Waits for every promise, then gives their values or throws the first failure in argument order. Inside a
 * transaction this keeps statements started side by side from outliving it: nothing is left running when the
 * transaction ends, whichever part fails.
 */
export async function together<T extends readonly unknown[]>(...promises: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const results = await Promise.allSettled(promises);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/**
 * The value of `first`, then of `next()` started once `first` has settled: two statements of one transaction
 * in turn, never both on its connection at once (node-postgres queues an overlapping query and warns that
 * pg@9 will refuse it).
 */
export async function inTurn<A, B>(first: Promise<A>, next: () => Promise<B>): Promise<[A, B]> {
  const a = await first;
  return [a, await next()];
}
