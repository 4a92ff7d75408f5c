/**
 * A min-heap of timed items. Ties are broken by a priority class, then by insertion order, so
 * the same inputs always come out in the same order.
 */
export class EventQueue<T> {
  private readonly heap: { t: number; rank: number; order: number; item: T }[] = [];
  private counter = 0;

  get size(): number {
    return this.heap.length;
  }

  /** Adds an item; at equal times a lower `rank` comes out first. */
  push(t: number, item: T, rank = 0): void {
    this.heap.push({ t, rank, order: this.counter++, item });
    this.up(this.heap.length - 1);
  }

  /** The earliest item's time, or undefined when empty. */
  peekTime(): number | undefined {
    return this.heap[0]?.t;
  }

  /** The earliest item, or undefined when empty. */
  pop(): { t: number; item: T } | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (top === undefined || last === undefined) return undefined;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.down(0);
    }
    return { t: top.t, item: top.item };
  }

  private less(i: number, j: number): boolean {
    const a = this.heap[i];
    const b = this.heap[j];
    if (a === undefined || b === undefined) return false;
    if (a.t !== b.t) return a.t < b.t;
    if (a.rank !== b.rank) return a.rank < b.rank;
    return a.order < b.order;
  }

  private swap(i: number, j: number): void {
    const a = this.heap[i];
    const b = this.heap[j];
    if (a === undefined || b === undefined) return;
    this.heap[i] = b;
    this.heap[j] = a;
  }

  private up(i: number): void {
    let k = i;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!this.less(k, parent)) break;
      this.swap(k, parent);
      k = parent;
    }
  }

  private down(i: number): void {
    let k = i;
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let m = k;
      if (l < this.heap.length && this.less(l, m)) m = l;
      if (r < this.heap.length && this.less(r, m)) m = r;
      if (m === k) return;
      this.swap(k, m);
      k = m;
    }
  }
}
