import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/** Component tests: happy-dom, Element Plus registered globally (test/setup.ts). */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'happy-dom',
      include: ['test/**/*.test.ts'],
      setupFiles: ['test/setup.ts'],
      css: false,
      testTimeout: 60_000,
      server: { deps: { inline: ['element-plus'] } },
    },
  }),
);
