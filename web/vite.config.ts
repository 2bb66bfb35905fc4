import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { precompress } from './build/precompress';

/**
 * The editor: built into dist/ (the server serves it at `/`, and dist/graphiql.html at GET /graphql for browsers);
 * in development `/graphql` and the documents'
 * downloads (`/files`) go to the server. The build writes brotli and gzip copies of its assets (build/precompress.ts).
 * Element Plus components are imported where a template uses them (`el-…` tags, `v-loading`), so that each page
 * loads only its own; its style sheet is loaded whole in main.ts.
 */
export default defineConfig({
  plugins: [vue(), components({ resolvers: [ElementPlusResolver({ importStyle: false })], dts: false }), precompress()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', changeOrigin: true },
      '/files': { target: 'http://127.0.0.1:4000', changeOrigin: true },
    },
  },
  build: {
    chunkSizeWarningLimit: 3000,
    // Two pages: the editor, and GraphiQL that the server shows browsers at GET /graphql (offline, no CDN).
    rollupOptions: {
      input: { main: 'index.html', graphiql: 'graphiql.html' },
      // GraphiQL's React components start with "use client", meaningless in a bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
