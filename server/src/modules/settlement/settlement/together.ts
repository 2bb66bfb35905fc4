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
