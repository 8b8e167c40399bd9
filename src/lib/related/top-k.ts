/**
 * The `k` ids with the highest `scores[id]`, best first; equal scores go to
 * the lower id so results never depend on iteration order. A bounded min-heap
 * keeps this O(n log k) however many ids there are. Scores are read from an
 * array rather than a callback: this runs once per paper over thousands of
 * candidates, where a call per comparison dominated the whole computation.
 */
export function topK(ids: ArrayLike<number>, scores: ArrayLike<number>, k: number): number[] {
  if (k <= 0) return [];
  const heap: number[] = [];
  // a is worse than b: lower score, or same score and higher id.
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  for (let n = 0; n < ids.length; n++) {
    const id = ids[n]!;
    if (heap.length === k) {
      // Most ids lose to the weakest kept one: one comparison rejects them.
      if (!worse(heap[0]!, id)) continue;
      heap[0] = id;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        let m = i;
        if (l < k && worse(heap[l]!, heap[m]!)) m = l;
        if (l + 1 < k && worse(heap[l + 1]!, heap[m]!)) m = l + 1;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
      continue;
    }
    heap.push(id);
    for (let i = heap.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
