import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

/**
 * The editor: built into dist/ (the server serves it at `/`, and dist/graphiql.html at GET /graphql for browsers);
 * in development `/graphql` and the documents'
 * downloads (`/files`) go to the server.
 */
export default defineConfig({
  plugins: [vue()],
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
