/**
 * The entry of a reform worker thread (reform.pool.ts). Plain JavaScript because it must load first: it registers tsx
 * in the thread, as simulate.worker.mjs does, then serves reform.task.ts.
 */
import { register } from 'tsx/esm/api';

register();
const { default: runReformTask } = await import('./reform.task.ts');

export default runReformTask;
