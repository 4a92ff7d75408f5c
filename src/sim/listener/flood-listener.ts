/**
 * The listening server: it hands a segment to the connection it holds with the sender, or else
 * takes it as the listener does. A SYN opens a half-open connection while the SYN queue has a
 * free slot; with the queue full it is dropped, or answered with a cookie when cookies are on.
 */
import type { Segment } from '../segment.ts';
import { Connection } from './connection.ts';
import { acceptCookieAck, sendCookie } from './cookie-defence.ts';
import type { FloodContext } from './flood-context.ts';
import {
  CLIENT_PEER,
  SERVER_PORT,
  endpointConfig,
  keyOf,
  serverRole,
  type Peer,
} from './flood-hosts.ts';
import { floodWhy } from './flood-reasons.ts';
import { applyOutputs, arrivalAt } from './machine-outputs.ts';

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
    const { config, agenda, recorder } = this.run;
    recorder.call('server', 'listen');
    const socket = new Connection(endpointConfig(config.rto, 0, SERVER_PORT, 0, 0));
    this.socket = socket;
    applyOutputs(
      this.run,
      socket,
      serverRole(CLIENT_PEER, true),
      socket.dispatch({ type: 'app.listen', t: agenda.now }),
    );
  }

  /** A segment reaches the server: a connection the listener holds, or the listener itself. */
  receive(from: Peer, segment: Segment): void {
    const { run } = this;
    const held = run.held.get(from);
    const legitimate = keyOf(from) === keyOf(CLIENT_PEER);
    if (held !== undefined) {
      applyOutputs(
        run,
        held.conn,
        serverRole(from, legitimate),
        held.conn.dispatch(arrivalAt(run.agenda.now, segment)),
      );
      run.held.settle(from);
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
        run.recorder.notice(
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

  /** A machine in `state` answers a segment no connection holds (RFC 9293 §3.10.7.1-2). */
  private answerAs(
    state: 'CLOSED' | 'LISTEN',
    from: Peer,
    segment: Segment,
    legitimate: boolean,
  ): void {
    const { config, agenda } = this.run;
    const conn = new Connection(endpointConfig(config.rto, 0, SERVER_PORT, from.port, 0));
    if (state === 'LISTEN') conn.dispatch({ type: 'app.listen', t: agenda.now });
    const outputs = conn
      .dispatch(arrivalAt(agenda.now, segment))
      .filter((o) => o.type !== 'out.state');
    applyOutputs(this.run, conn, { ...serverRole(from, legitimate), lane: 'server' }, outputs);
    conn.close();
  }

  /** A free slot: a new endpoint machine takes the SYN into SYN-RECEIVED (RFC 9293 §3.10.7.2). */
  private openHalf(from: Peer, syn: Segment, legitimate: boolean): void {
    const { config, agenda, rng, held } = this.run;
    const conn = new Connection(
      endpointConfig(config.rto, rng.nextU32(), SERVER_PORT, from.port, config.synAckRetries),
    );
    conn.dispatch({ type: 'app.listen', t: agenda.now });
    held.hold(conn, from, legitimate, agenda.now);
    held.enqueue(from);
    applyOutputs(
      this.run,
      conn,
      serverRole(from, legitimate),
      conn.dispatch(arrivalAt(agenda.now, syn)),
    );
    held.settle(from);
  }
}
