/** The listener's SYN queue in the trace: a `backlog` event each time its entries change. */
import type { Clock, TraceLog } from '../runtime/index.ts';
import type { BacklogEntry } from '../trace.ts';

/** Records the queue when it differs from the last one recorded. */
export class BacklogLog {
  private last = '';

  constructor(
    private readonly log: TraceLog,
    private readonly clock: Clock,
  ) {}

  /** The listener's SYN queue as it is now; nothing when its entries have not changed. */
  record(entries: BacklogEntry[], capacity: number, cookies: boolean): void {
    const fingerprint = JSON.stringify(entries);
    if (fingerprint === this.last) return;
    this.last = fingerprint;
    this.log.push({
      t: this.clock.now,
      type: 'backlog',
      endpoint: 'server',
      size: entries.length,
      capacity,
      cookies,
      entries,
    });
  }
}
