/**
 * The import graph of server/src, folded into rooms: the first folder under src/modules, any other
 * folder under src, or a top-level file on its own. Only relative imports count (packages are not rooms).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export interface Import {
  from: string;
  to: string;
}

const SOURCE = /\.(ts|mts|mjs)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Resolves './x.js' to the file that exists ('./x.ts'), as the TypeScript NodeNext resolution does. */
function resolveSpecifier(file: string, specifier: string, files: Set<string>): string | undefined {
  const base = resolve(dirname(file), specifier);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), `${base}.ts`];
  return candidates.find((candidate) => files.has(candidate));
}

/** Every relative import (static, type-only, re-export or dynamic) between files of `srcDir`. */
export function imports(srcDir: string): Import[] {
  const all = sourceFiles(srcDir);
  const files = new Set(all);
  return all.flatMap((file) =>
    ts
      .preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles.filter(({ fileName }) => fileName.startsWith('.'))
      .map(({ fileName }) => resolveSpecifier(file, fileName, files))
      .filter((to): to is string => to !== undefined)
      .map((to) => ({ from: relative(srcDir, file).split(sep).join('/'), to: relative(srcDir, to).split(sep).join('/') })),
  );
}

/** The room a file (relative to src) lives in. */
export function roomOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'modules') return parts[1];
  return parts.length > 1 ? parts[0] : parts[0].replace(SOURCE, '');
}

/** Strongly connected components with more than one room (Tarjan), each sorted, largest first. */
export function loops(edges: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let top: string;
    do {
      top = stack.pop()!;
      onStack.delete(top);
      component.push(top);
    } while (top !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => b.length - a.length);
}

/** Room-to-room edges (a room importing itself is not an edge). */
export function roomEdges(list: Import[]): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const { from, to } of list) {
    const [a, b] = [roomOf(from), roomOf(to)];
    if (!edges.has(a)) edges.set(a, new Set());
    if (!edges.has(b)) edges.set(b, new Set());
    if (a !== b) edges.get(a)!.add(b);
  }
  return edges;
}

export interface Analysis {
  rooms: string[];
  /** The rooms under src/modules, and their loops counting only imports among themselves. */
  moduleRooms: string[];
  moduleLoops: string[][];
  /** Groups of rooms that import each other in a loop. */
  loops: string[][];
  /** Imports from a room of a lower layer into a room of a higher one. */
  upward: Import[];
  /** Rooms the layer table does not name. */
  undeclared: string[];
}

export function analyse(srcDir: string, layers: readonly (readonly string[])[]): Analysis {
  const list = imports(srcDir);
  const edges = roomEdges(list);
  const layerOf = new Map(layers.flatMap((rooms, layer) => rooms.map((room) => [room, layer] as const)));
  const rooms = [...edges.keys()].sort();
  const upward = list.filter(({ from, to }) => {
    const [a, b] = [layerOf.get(roomOf(from)), layerOf.get(roomOf(to))];
    return a !== undefined && b !== undefined && a < b;
  });
  const moduleRooms = [
    ...new Set(
      list
        .flatMap(({ from, to }) => [from, to])
        .filter((file) => file.startsWith('modules/'))
        .map(roomOf),
    ),
  ].sort();
  const inModules = list.filter(({ from, to }) => from.startsWith('modules/') && to.startsWith('modules/'));
  return {
    rooms,
    moduleRooms,
    moduleLoops: loops(roomEdges(inModules)),
    loops: loops(edges),
    upward,
    undeclared: rooms.filter((room) => !layerOf.has(room)),
  };
}
