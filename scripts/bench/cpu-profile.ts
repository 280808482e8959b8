import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds per function: inclusive (itself and what it calls, recursion counted once) and self. */
export class FunctionTimes {
  readonly inclusive = new Map<string, number>();
  readonly self = new Map<string, number>();

  add(profile: CpuProfile): void {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const label = (node: ProfileNode) =>
      `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber + 1}`;
    profile.samples.forEach((id, index) => {
      const ms = (profile.timeDeltas[index] ?? 0) / 1000;
      const leaf = byId.get(id)!;
      bump(this.self, label(leaf), ms);
      const seen = new Set<string>();
      for (let node: ProfileNode | undefined = leaf; node; node = byId.get(parent.get(node.id) ?? -1)) {
        const name = label(node);
        if (!seen.has(name)) bump(this.inclusive, name, ms);
        seen.add(name);
      }
    });
  }

  top(which: 'inclusive' | 'self', count: number): [string, number][] {
    return [...this[which]].sort((x, y) => y[1] - x[1]).slice(0, count);
  }
}

function bump(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

/** Runs `work` under V8's sampling profiler (0.1 ms) of the page behind `cdp`. */
export async function profiled(cdp: CDPSession, work: () => Promise<unknown>): Promise<CpuProfile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = await cdp.send('Profiler.stop');
  return profile as unknown as CpuProfile;
}
