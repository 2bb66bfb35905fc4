/** Masks every ID number (18 characters) found in a JSON value, for readers who may not see them whole. */
import { maskIdNumber } from '@cunce/rules';

const ID_NUMBER = /\b\d{17}[\dXx]\b/g;

export function maskIdsDeep(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(ID_NUMBER, (id) => maskIdNumber(id));
  if (Array.isArray(value)) return value.map(maskIdsDeep);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [maskIdsDeep(k) as string, maskIdsDeep(v)]));
  }
  return value;
}
