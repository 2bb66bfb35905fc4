/**
 * Writes a brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside each built script, style sheet
 * and SVG under assets/ of 1 KB or more, so that the server sends them packed without compressing on every
 * request (server/src/app/editor.route.ts picks the copy the browser accepts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const PACKED = /^assets\/.+\.(js|css|svg|json)$/;
const MIN_BYTES = 1024;
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

export function precompress(): Plugin {
  return {
    name: 'cunce-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir!;
      const files = Object.keys(bundle).filter((name) => PACKED.test(name));
      await Promise.all(
        files.map(async (name) => {
          const raw = await readFile(join(dir, name));
          if (raw.length < MIN_BYTES) return;
          const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length };
          await writeFile(join(dir, `${name}.br`), await brotli(raw, { params }));
          await writeFile(join(dir, `${name}.gz`), await gzipped(raw, { level: 9 }));
        }),
      );
    },
  };
}
