/** Files to and from the server, which carries them as base64 text (FileDownload, importRosterFile). */

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
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.base64)], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
