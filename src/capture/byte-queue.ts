const EMPTY = new Uint8Array(0);

/**
 * A queue of file chunks, so a capture of any size is read record by record without ever being
 * joined into one array. Views are handed out without copying; only a record that straddles two
 * chunks is copied, into a buffer of exactly its own size.
 */
export class ByteQueue {
  private chunks: Uint8Array[] = [];
  /** Index of the first live chunk in `chunks`. */
  private first = 0;
  /** Offset of the next unread byte inside the first live chunk. */
  private head = 0;
  private available = 0;
  private position = 0;

  /** Bytes pushed but not yet consumed. */
  get length(): number {
    return this.available;
  }

  /** Absolute file offset of the next unread byte. */
  get offset(): number {
    return this.position;
  }

  /** Appends a chunk. The queue keeps a reference: the caller must not reuse its memory. */
  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.available += chunk.length;
  }

  /**
   * The next `n` bytes as one contiguous view, without consuming them; `undefined` when fewer
   * than `n` bytes are queued.
   */
  peek(n: number): Uint8Array | undefined {
    if (n > this.available) return undefined;
    const current = this.chunks[this.first];
    if (current === undefined) return n === 0 ? EMPTY : undefined;
    if (this.head + n <= current.length) return current.subarray(this.head, this.head + n);
    const out = new Uint8Array(n);
    let filled = 0;
    let index = this.first;
    let start = this.head;
    while (filled < n) {
      const chunk = this.chunks[index];
      if (chunk === undefined) return undefined;
      const take = Math.min(n - filled, chunk.length - start);
      out.set(chunk.subarray(start, start + take), filled);
      filled += take;
      index += 1;
      start = 0;
    }
    return out;
  }

  /** Consumes `n` bytes (at most what is queued). */
  skip(n: number): void {
    let left = Math.min(n, this.available);
    this.available -= left;
    this.position += left;
    while (left > 0) {
      const chunk = this.chunks[this.first];
      if (chunk === undefined) break;
      const inChunk = chunk.length - this.head;
      if (left < inChunk) {
        this.head += left;
        left = 0;
      } else {
        left -= inChunk;
        // Drop the reference now so a consumed chunk can be collected.
        this.chunks[this.first] = EMPTY;
        this.first += 1;
        this.head = 0;
      }
    }
    if (this.first > 32 || this.first === this.chunks.length) {
      this.chunks = this.chunks.slice(this.first);
      this.first = 0;
    }
  }

  /** Consumes everything queued (used when reading stops early). */
  clear(): void {
    this.skip(this.available);
  }
}
