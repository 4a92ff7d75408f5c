/**
 * The connections a listener holds, one endpoint machine per client address, and its SYN queue
 * of the half-open ones among them. A connection leaves the queue once it is synchronized and
 * is let go once its machine is back in LISTEN or CLOSED.
 */
import type { Connection } from '../runtime/index.ts';
import type { BacklogEntry } from '../trace.ts';
import { keyOf, type Peer } from './flood-hosts.ts';
import { SynQueue } from './syn-queue.ts';

/** One connection the listener holds, with what the backlog view shows of it. */
export interface HeldConnection {
  conn: Connection;
  peer: Peer;
  legitimate: boolean;
  since: number;
  synAcksSent: number;
  nextRetransmitAt: number | null;
}

/** The listener's table of connections and its SYN queue. */
export class HeldConnections {
  private readonly byKey = new Map<string, HeldConnection>();
  private readonly synQueue: SynQueue;
  /** The ISS of the server's connection with the legitimate client, once there is one. */
  serverIsn: number | null = null;

  constructor(backlog: number) {
    this.synQueue = new SynQueue(backlog);
  }

  /** How many half-open connections the queue holds at most. */
  get capacity(): number {
    return this.synQueue.capacity;
  }

  /** How many half-open connections the queue holds now. */
  get queued(): number {
    return this.synQueue.size;
  }

  /** True when the SYN queue has no free slot. */
  get isFull(): boolean {
    return this.synQueue.isFull;
  }

  /** The connection held with `peer`, if any. */
  get(peer: Peer): HeldConnection | undefined {
    return this.byKey.get(keyOf(peer));
  }

  /** Holds a new connection with `peer`, from `since`; it is not queued by this alone. */
  hold(conn: Connection, peer: Peer, legitimate: boolean, since: number): void {
    this.byKey.set(keyOf(peer), {
      conn,
      peer,
      legitimate,
      since,
      synAcksSent: 0,
      nextRetransmitAt: null,
    });
    if (legitimate) this.serverIsn = conn.tcb.iss;
  }

  /** Puts the connection held with `peer` in the SYN queue. */
  enqueue(peer: Peer): void {
    this.synQueue.add(keyOf(peer));
  }

  /**
   * After connections moved (the run calls this after every item): each leaves the SYN queue
   * once it is no longer half-open, and is let go once its machine is back in LISTEN or CLOSED.
   */
  settle(): void {
    for (const [key, held] of this.byKey) {
      const state = held.conn.state;
      if (state !== 'SYN-RECEIVED') this.synQueue.remove(key);
      if (state === 'LISTEN' || state === 'CLOSED') {
        held.conn.close();
        this.byKey.delete(key);
      }
    }
  }

  /** The queued connections, oldest first, as a backlog event lists them. */
  backlogEntries(): BacklogEntry[] {
    return this.synQueue.entries().flatMap((key) => {
      const held = this.byKey.get(key);
      if (held === undefined) return [];
      return [
        {
          address: held.peer.address,
          port: held.peer.port,
          state: held.conn.state,
          synAcksSent: held.synAcksSent,
          nextRetransmitAt: held.nextRetransmitAt,
          since: held.since,
          legitimate: held.legitimate,
        },
      ];
    });
  }
}
