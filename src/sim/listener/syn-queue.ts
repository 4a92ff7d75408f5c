/**
 * A listener's SYN queue (the listen backlog of half-open connections): a bounded list of
 * connection keys in arrival order. Linux drops a SYN when it is full, unless SYN cookies answer.
 */
export class SynQueue {
  private readonly keys: string[] = [];

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.keys.length;
  }

  get isFull(): boolean {
    return this.keys.length >= this.capacity;
  }

  /** The keys, oldest first. */
  entries(): readonly string[] {
    return this.keys;
  }

  has(key: string): boolean {
    return this.keys.includes(key);
  }

  /** Adds a key; false (and nothing changes) when full or already queued. */
  add(key: string): boolean {
    if (this.isFull || this.has(key)) return false;
    this.keys.push(key);
    return true;
  }

  /** Removes a key if present. */
  remove(key: string): void {
    const i = this.keys.indexOf(key);
    if (i >= 0) this.keys.splice(i, 1);
  }
}
