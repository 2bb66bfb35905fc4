/**
 * Prints the rooms of server/src that import each other in a loop (over the whole tree, and among the
 * folders of src/modules alone) and every import from a lower room up into a higher one, against
 * architecture/layers.ts. `pnpm --filter @cunce/server architecture`. Exits 1 on any loop or upward import.
 */
import { fileURLToPath } from 'node:url';
import { analyse, roomOf } from './architecture/graph.js';
import { LAYERS } from './architecture/layers.js';

const result = analyse(fileURLToPath(new URL('../src', import.meta.url)), LAYERS);
const count = (groups: string[][]): number => groups.reduce((sum, group) => sum + group.length, 0);
const print = (title: string, groups: string[][]): void => {
  console.log(`${title}: ${count(groups)}`);
  for (const group of groups) console.log(`  loop of ${group.length}: ${group.join(' ')}`);
};

console.log(`${result.rooms.length} rooms, ${result.moduleRooms.length} of them under src/modules`);
print(`folders of src/modules in loops (of ${result.moduleRooms.length})`, result.moduleLoops);
print(`rooms of src in loops (of ${result.rooms.length})`, result.loops);
console.log(`upward imports: ${result.upward.length}`);
for (const { from, to } of result.upward) console.log(`  ${roomOf(from)} -> ${roomOf(to)}: ${from} -> ${to}`);
if (result.undeclared.length) console.log(`rooms missing from layers.ts: ${result.undeclared.join(' ')}`);
const broken = result.loops.length + result.upward.length + result.undeclared.length;
process.exitCode = broken ? 1 : 0;
