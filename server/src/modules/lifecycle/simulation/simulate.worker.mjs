/**
 * The entry of a simulation worker thread (simulate.pool.ts). Plain JavaScript because it must load first: it
 * registers tsx in the thread, as `node --import tsx` does for the server (the rules package is TypeScript
 * source, and Node 20 does not carry the main thread's loader into workers), then serves simulate.task.ts's
 * evaluation (default) and validation (`runValidation`).
 */
import { register } from 'tsx/esm/api';

register();
const { default: runSimulation, runValidation } = await import('./simulate.task.ts');

export default runSimulation;
export { runValidation };
