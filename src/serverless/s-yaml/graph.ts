// Graph algorithms over the resources' dependencies (deps[i]: the resources whose output resource i
// uses): the engine's deploy order, and the cycles the engine never reports.

/** deps[i] holds the indices resource i depends on. */
export type Graph = ReadonlyArray<ReadonlyMap<number, unknown>>;

/** Strongly connected components (iterative Tarjan, linear in resources + references). */
export function stronglyConnected(deps: Graph): number[][] {
  const n = deps.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const result: number[][] = [];
  const adjacency = deps.map((d) => [...d.keys()]);
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [v, next] = frame;
      const edges = adjacency[v]!;
      if (next < edges.length) {
        frame[1]++;
        const w = edges[next]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, index[w]!);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[v]!);
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        result.push(component);
      }
    }
  }
  return result;
}

/** The shortest cycle from `start` back to itself inside `members` (breadth-first). */
export function shortestCycle(deps: Graph, start: number, members: Set<number>): number[] {
  if (deps[start]!.has(start)) return [start];
  const parent = new Map<number, number>([[start, -1]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (const w of deps[v]!.keys()) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path: number[] = [];
        for (let u = v; u !== -1; u = parent.get(u)!) path.push(u);
        return path.reverse();
      }
      if (!parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

/**
 * The engine's order: repeatedly the first resource in file order whose dependencies are all
 * placed; what never becomes ready (cycles and what depends on them) goes last, in file order.
 * A min-heap of ready resources gives the same order in O((n + e) log n) instead of the engine's
 * rescans.
 */
export function engineOrder(deps: Graph): number[] {
  const n = deps.length;
  const waiting = new Int32Array(n);
  const dependents: number[][] = Array.from({ length: n }, () => []);
  deps.forEach((d, i) => {
    waiting[i] = d.size;
    for (const to of d.keys()) dependents[to]!.push(i);
  });
  const heap = new MinHeap();
  for (let i = 0; i < n; i++) if (waiting[i] === 0) heap.push(i);
  const placed = new Uint8Array(n);
  const order: number[] = [];
  while (heap.size > 0) {
    const i = heap.pop();
    placed[i] = 1;
    order.push(i);
    for (const d of dependents[i]!) if (--waiting[d]! === 0) heap.push(d);
  }
  for (let i = 0; i < n; i++) if (!placed[i]) order.push(i);
  return order;
}

class MinHeap {
  private items: number[] = [];
  get size(): number {
    return this.items.length;
  }
  push(value: number) {
    const a = this.items;
    a.push(value);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p]! <= value) break;
      a[i] = a[p]!;
      i = p;
    }
    a[i] = value;
  }
  pop(): number {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= a.length) break;
        const r = l + 1;
        const c = r < a.length && a[r]! < a[l]! ? r : l;
        if (a[c]! >= last) break;
        a[i] = a[c]!;
        i = c;
      }
      a[i] = last;
    }
    return top;
  }
}
