import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { precompress } from './build/precompress';

/**
 * The editor: built into dist/ (the server serves it at `/`); in development `/graphql` and the documents'
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
  },
});
