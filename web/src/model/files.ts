/**
 * Files to and from the server, which carries them as base64 text (FileDownload, importRosterFile, attachDocument),
 * and the documents of decision steps, downloaded from GET /files/:id.
 */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/** The roster files the server reads; anything else is refused here before it is sent. */
export function isRosterFile(name: string): boolean {
  return /\.(xlsx|csv)$/i.test(name);
}

/** Saves a file the server generated under its own name, as the browser saves a download. */
export function saveDownload(file: { fileName: string; mimeType: string; base64: string }): void {
  saveBlob(new Blob([base64ToBytes(file.base64)], { type: file.mimeType }), file.fileName);
}

/**
 * Downloads a file of the server's (GET with the session cookie) and saves it under `fileName`; throws the
 * server's Chinese message when it refuses.
 */
export async function downloadFile(url: string, fileName: string): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    throw new Error(body?.errors?.[0]?.message ?? `下载失败（${res.status}）`);
  }
  saveBlob(await res.blob(), fileName);
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Bytes in words: "830 KB", "2.4 MB". */
export function sizeWords(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
