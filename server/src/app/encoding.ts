/** Content negotiation of Accept-Encoding for the editor's packed files: brotli, else gzip, else none. */

export type Encoding = 'br' | 'gzip';
export const SUFFIX: Readonly<Record<Encoding, string>> = { br: '.br', gzip: '.gz' };

/**
 * The encoding to send for an Accept-Encoding header: brotli whenever the browser takes it (it is smaller; browsers
 * list gzip first, so their order is not a preference), else gzip, else null (send the file as it is). `q=0`
 * refuses an encoding; `*` stands for those not named.
 */
export function pickEncoding(header: string | undefined): Encoding | null {
  const quality = new Map<string, number>();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    quality.set(name, q ? Number(q.slice(2)) : 1);
  }
  for (const encoding of ['br', 'gzip'] as const) {
    if ((quality.get(encoding) ?? quality.get('*') ?? 0) > 0) return encoding;
  }
  return null;
}
