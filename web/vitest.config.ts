import { availableParallelism } from 'node:os';
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
      // Every core (Vitest's default for `run` is one fewer: a single file at a time on a 2-core CI machine), and
      // files one after another in a worker without a fresh one each (isolate: false): each file mounts what it
      // tests and keeps no state of its own outside it, and loading Element Plus again for every file took a third
      // of the suite's CPU time.
      maxWorkers: availableParallelism(),
      isolate: false,
      server: { deps: { inline: ['element-plus'] } },
    },
  }),
);
