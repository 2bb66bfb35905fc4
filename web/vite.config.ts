import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

/**
 * The editor: built into dist/ (the server serves it at `/`); in development `/graphql` and the documents'
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
  },
});
