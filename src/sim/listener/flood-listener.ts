/**
 * The listening server: it hands a segment to the connection it holds with the sender, or else
 * takes it as the listener does. A SYN opens a half-open connection while the SYN queue has a
 * free slot; with the queue full it is dropped, or answered with a cookie when cookies are on.
 */
import type { Connection } from '../runtime/index.ts';
import type { Segment } from '../segment.ts';
import { acceptCookieAck, sendCookie } from './cookie-defence.ts';
import type { FloodContext } from './flood-context.ts';
import { arrivalAt, floodConnection } from './flood-effects.ts';
import {
  CLIENT_PEER,
  SERVER_PORT,
  endpointConfig,
  keyOf,
  serverRole,
  type Peer,
} from './flood-hosts.ts';
import { floodWhy } from './flood-reasons.ts';

/** The server side of a run: its listening socket and what reaches it. */
export class FloodListener {
  private socket: Connection | null = null;

  constructor(private readonly run: FloodContext) {}

  /** True once the application has called listen(). */
  get listening(): boolean {
    return this.socket !== null;
  }

  /** The application calls listen(). */
  listen(): void {
    const { config, runtime } = this.run;
    runtime.log.call('server', 'listen', undefined, null);
    const socket = floodConnection(
      this.run,
      endpointConfig(config.rto, 0, SERVER_PORT, 0, 0),
      serverRole(CLIENT_PEER, true),
    );
    this.socket = socket;
    socket.handle({ type: 'app.listen', t: runtime.now });
  }

  /** A segment reaches the server: a connection the listener holds, or the listener itself. */
  receive(from: Peer, segment: Segment): void {
    const { run } = this;
    const held = run.held.get(from);
    const legitimate = keyOf(from) === keyOf(CLIENT_PEER);
    if (held !== undefined) {
      held.conn.handle(arrivalAt(run.runtime.now, segment));
      return;
    }
    if (this.socket === null) {
      this.answerAs('CLOSED', from, segment, legitimate);
      return;
    }
    const { ctl } = segment;
    if (ctl.syn && !ctl.ack && !ctl.rst) {
      if (!run.held.isFull) this.openHalf(from, segment, legitimate);
      else if (run.config.synCookies) sendCookie(run, from, segment);
      else {
        run.runtime.log.notice(
          'server',
          floodWhy('flood-syn-queue-full', { size: run.held.queued, capacity: run.held.capacity }),
        );
      }
      return;
    }
    if (ctl.ack && !ctl.syn && !ctl.rst && run.config.synCookies) {
      if (acceptCookieAck(run, from, segment, legitimate)) return;
    }
    this.answerAs('LISTEN', from, segment, legitimate);
  }

  /**
   * A machine in `state` answers a segment no connection holds (RFC 9293 §3.10.7.1-2), in the
   * server lane; the machine is thrown away after, so its state changes are not drawn.
   */
  private answerAs(
    state: 'CLOSED' | 'LISTEN',
    from: Peer,
    segment: Segment,
    legitimate: boolean,
  ): void {
    const { config, runtime } = this.run;
    const conn = floodConnection(
      this.run,
      endpointConfig(config.rto, 0, SERVER_PORT, from.port, 0),
      {
        ...serverRole(from, legitimate),
        lane: 'server',
      },
    );
    if (state === 'LISTEN') conn.dispatch({ type: 'app.listen', t: runtime.now });
    conn.apply(
      conn.dispatch(arrivalAt(runtime.now, segment)).filter((o) => o.type !== 'out.state'),
    );
    conn.close();
  }

  /** A free slot: a new endpoint machine takes the SYN into SYN-RECEIVED (RFC 9293 §3.10.7.2). */
  private openHalf(from: Peer, syn: Segment, legitimate: boolean): void {
    const { config, runtime, rng, held } = this.run;
    const conn = floodConnection(
      this.run,
      endpointConfig(config.rto, rng.nextU32(), SERVER_PORT, from.port, config.synAckRetries),
      serverRole(from, legitimate),
    );
    conn.dispatch({ type: 'app.listen', t: runtime.now });
    if (legitimate) runtime.tcbs.follow('server', conn);
    held.hold(conn, from, legitimate, runtime.now);
    held.enqueue(from);
    conn.handle(arrivalAt(runtime.now, syn));
  }
}
