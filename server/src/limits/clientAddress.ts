/**
 * The address a request is counted against, by the anonymous rate limit and by the login throttle: express's
 * `req.ip` (the socket's peer, or the client named by a trusted reverse proxy when CUNCE_TRUST_PROXY says there
 * is one), an IPv4 address as such (also when it comes IPv4-mapped), an IPv6 address by its /64 prefix, the block
 * one subscriber is given, so that hopping through a block's addresses counts as one.
 */
import ipaddr from 'ipaddr.js';

export function addressKey(ip: string | undefined): string {
  if (!ip || !ipaddr.isValid(ip)) return 'unknown';
  const address = ipaddr.process(ip);
  if (address.kind() === 'ipv4') return address.toString();
  const parts = (address as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16));
  return `${parts.join(':')}::/64`;
}
