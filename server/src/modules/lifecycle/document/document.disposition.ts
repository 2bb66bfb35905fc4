/**
 * `Content-Disposition: attachment` with the file's own name: an ASCII fallback in `filename` and the UTF-8 name in
 * `filename*` (RFC 6266 with RFC 5987 encoding), so Chinese names survive in every browser.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
