/** A deep copy of plain JSON data (works on Vue's reactive proxies, unlike structuredClone). */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
