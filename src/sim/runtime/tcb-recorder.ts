/**
 * Records the TCB of the connections drawn in a run's lanes where it changes, keyed by the trace
 * event that changed it: the run's TCB table (tcb-table.ts), kept beside its trace.
 */
import { sameTcb, tcbValues, type TcbChange, type TcbTable, type TcbValues } from '../tcb-table.ts';
import type { EndpointId } from '../trace.ts';
import type { Connection } from './connection.ts';

/** The TCB changes of the watched connections, in the order they were recorded. */
export class TcbRecorder {
  private readonly watched = new Map<EndpointId, Connection>();
  private readonly last = new Map<EndpointId, TcbValues | null>();
  private readonly changes: TcbChange[] = [];
  private latest = -1;

  /** Watches `conn` as `lane`'s connection; a connection that starts open is recorded at -1. */
  watch(lane: EndpointId, conn: Connection): void {
    this.watched.set(lane, conn);
    this.last.set(lane, null);
    this.record(-1);
  }

  /**
   * Watches `conn` as `lane`'s connection from the next `record` on: a connection opened during
   * a run (the listener's child) is recorded at the event that opened it.
   */
  follow(lane: EndpointId, conn: Connection): void {
    this.watched.set(lane, conn);
  }

  /**
   * Records every watched TCB that changed since the last call, at event `at`. Keys never go
   * back: a replay that processed an event out of the trace's order records at the latest key.
   */
  record(at: number): void {
    const key = Math.max(at, this.latest);
    for (const [lane, conn] of this.watched) {
      const tcb = tcbValues(conn.state, conn.tcb);
      if (sameTcb(tcb, this.last.get(lane) ?? null)) continue;
      this.last.set(lane, tcb);
      this.changes.push({ at: key, endpoint: lane, tcb });
      this.latest = key;
    }
  }

  /** The table so far. */
  table(inferred: boolean): TcbTable {
    return { inferred, changes: [...this.changes] };
  }
}
