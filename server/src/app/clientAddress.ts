/**
 * The address a request comes from, as the anonymous rate limit counts it: an IPv4 address (IPv4-mapped IPv6
 * included) by itself, an IPv6 address by its /64 network (one host is usually given a whole /64). Behind a
 * reverse proxy, CUNCE_TRUST_PROXY (express's "trust proxy": a number of hops, `loopback`, or addresses) makes
 * express take the address from X-Forwarded-For.
 */
import { isIPv6 } from 'node:net';

export function trustProxy(value = process.env.CUNCE_TRUST_PROXY): boolean | number | string {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
