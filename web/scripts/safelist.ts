/**
 * Writes dist/safelist.json (sha256 of each editor operation's text → the text) after `vite build`; the server
 * loads it in every process (server/src/app/safelist.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { editorOperations } from './operations.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const operations = await editorOperations();
const manifest = Object.fromEntries(operations.map((o) => [createHash('sha256').update(o.text).digest('hex'), o.text]));
mkdirSync(dist, { recursive: true });
writeFileSync(`${dist}safelist.json`, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`safelist: ${Object.keys(manifest).length} operations of the editor in dist/safelist.json`);
