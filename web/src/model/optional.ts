/** Sets an optional field of a document object, or removes it when the value is empty (null, undefined, ''). */
export function setOptional<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | null | undefined | ''): void {
  if (value === null || value === undefined || value === '') delete obj[key];
  else obj[key] = value as T[K];
}
