/**
 * No import cycles in src/, type imports included: a module that imports (even only a type from)
 * a module that imports it back means the two can only be read, tested and moved together — and the
 * ownership is usually backwards (a shared type living in one of them).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph } from '../../support/import-graph';

const SRC = resolve(import.meta.dirname, '../../../src');

describe('import graph of src/', () => {
  it('reads the kinds of import the code uses', () => {
    const graph = importGraph(SRC);
    // A type-only import, a static one, and a .svelte.ts module.
    expect(graph.get('ui/query-state.svelte.ts')).toContain('shared/results.ts');
    expect(graph.get('worker/api.ts')).toContain('worker/data-api.ts');
    expect(graph.get('ui/flow-state.svelte.ts')).toContain('ui/data-state.svelte.ts');
    expect(graph.size).toBeGreaterThan(100);
  });

  it('finds a cycle, type imports included, when there is one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(findCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
    expect(
      findCycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('has no cycle', () => {
    expect(findCycles(importGraph(SRC))).toEqual([]);
  });
});
