/** The rooms of server/src import downward only (scripts/architecture/layers.ts), with no loop among them. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { analyse, loops } from '../scripts/architecture/graph.js';
import { LAYERS } from '../scripts/architecture/layers.js';

const result = analyse(fileURLToPath(new URL('../src', import.meta.url)), LAYERS);

describe('server rooms', () => {
  test('no room imports from a room above it', () => {
    expect(result.upward).toEqual([]);
  });

  test('no rooms import each other in a loop', () => {
    expect(result.loops).toEqual([]);
  });

  test('every room has its place in the layers', () => {
    expect(result.undeclared).toEqual([]);
    expect(result.moduleRooms).toEqual(['audit', 'donations', 'lifecycle', 'reference', 'reporting', 'settlement']);
  });

  test('finds a loop through three rooms and leaves a chain alone', () => {
    const edges = (pairs: string[]) => new Map(['a', 'b', 'c'].map((n) => [n, new Set(pairs.filter((p) => p[0] === n).map((p) => p[1]))]));
    expect(loops(edges(['ab', 'bc', 'ca']))).toEqual([['a', 'b', 'c']]);
    expect(loops(edges(['ab', 'bc']))).toEqual([]);
  });
});
