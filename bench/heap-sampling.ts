/**
 * What turns allocate, by V8's sampling heap profiler with collected objects included: the
 * figure behind a warm turn's tail (a scavenge comes every 16 MB allocated, and a turn that
 * overlaps one is the tail; README, Performance). Allocation, unlike time, barely moves with
 * the machine's load. Shared by bench/allocation.ts (by function, by hand) and the warm worker
 * (per turn type, in `npm run bench`); no imports beyond Node's, so the worker bundles it alone.
 */
import { Session } from 'node:inspector/promises';
import path from 'node:path';

interface SampleNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SampleNode[];
}

export interface Allocation {
  /** Bytes allocated over all the turns sampled. */
  total: number;
  /** Bytes by function (each counted once per stack, callees included). */
  functions: Map<string, number>;
}

function byFunction(head: SampleNode): Allocation {
  const functions = new Map<string, number>();
  let total = 0;
  const walk = (node: SampleNode, stack: readonly string[]) => {
    const name = `${node.callFrame.functionName || '(anonymous)'} ${path.basename(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
    const here = [...stack, name];
    total += node.selfSize;
    for (const fn of new Set(here)) functions.set(fn, (functions.get(fn) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child, here);
  };
  walk(head, []);
  return { total, functions };
}

/**
 * Runs `turns` (each one turn, its event made before this is called, so making events is not
 * counted) under the sampling heap profiler, one at a time, and returns what they allocated.
 */
export async function sampleAllocation(turns: ReadonlyArray<() => Promise<unknown>>): Promise<Allocation> {
  const session = new Session();
  session.connect();
  try {
    await session.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    for (const turn of turns) await turn();
    const { profile } = await session.post('HeapProfiler.stopSampling');
    return byFunction(profile.head as SampleNode);
  } finally {
    session.disconnect();
  }
}
