/**
 * The entry of an area settlement's worker thread (settlement.pool.ts). Plain JavaScript because it must load first:
 * it registers tsx in the thread, as `node --import tsx` does for the server (Node 20 does not carry the main
 * thread's loader into workers), then serves settlement.task.ts.
 */
import { register } from 'tsx/esm/api';

register();
const { runSettleTask } = await import('./settlement.task.ts');

export default runSettleTask;
