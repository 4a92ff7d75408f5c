/**
 * The listener's SYN-cookie path (RFC 4987 §3.6): with the SYN queue full, a SYN is answered by
 * a SYN+ACK whose ISN is the cookie and no state is kept; an ACK for no held connection whose
 * ACK − 1 is a valid cookie then opens the connection the cookie stands for.
 */
import type { EndpointOutput } from '../endpoint-events.ts';
import { NO_CONTROL, type Segment } from '../segment.ts';
import { seq, seqAdd } from '../seq.ts';
import type { AckBasis } from '../trace.ts';
import type { FloodContext } from './flood-context.ts';
import { arrivalAt, floodConnection } from './flood-effects.ts';
import {
  SERVER_PORT,
  WINDOW,
  endpointConfig,
  fourTuple,
  serverRole,
  type Peer,
} from './flood-hosts.ts';
import { floodWhy } from './flood-reasons.ts';
import { floodTransmit } from './flood-wire.ts';
import { checkCookie, makeCookie, type CookieCheck } from './syn-cookie.ts';

/** Answers a SYN the full queue cannot hold with a cookie SYN+ACK, keeping no state. */
export function sendCookie(run: FloodContext, from: Peer, syn: Segment): void {
  const cookie = makeCookie(run.secret, fourTuple(from), syn.options.mss ?? 536, run.runtime.now);
  const ack = seqAdd(syn.seq, 1);
  const segment: Segment = {
    srcPort: SERVER_PORT,
    dstPort: from.port,
    seq: cookie.isn,
    ack,
    ctl: { ...NO_CONTROL, syn: true, ack: true },
    len: 0,
    window: WINDOW,
    options: { mss: cookie.mss },
  };
  const ackBasis: AckBasis = { seq: syn.seq, len: 0, syn: true, fin: false, ack };
  const output: EndpointOutput = {
    type: 'out.segment',
    segment,
    retransmission: false,
    ackBasis,
    why: floodWhy('syn-cookie-sent', {
      cookie: cookie.isn,
      counter: cookie.counter,
      mssIndex: cookie.mssIndex,
      mss: cookie.mss,
      hash: `0x${cookie.hash.toString(16).padStart(6, '0')}`,
      basisSeq: syn.seq,
      ack,
    }),
  };
  floodTransmit(run, 'server', from, output, null);
}

/**
 * An ACK for no held connection, with cookies on: opens the connection when ACK − 1 is a valid
 * cookie and returns true; otherwise records why it is not and returns false, for the listener
 * to answer the ACK as LISTEN does.
 */
export function acceptCookieAck(
  run: FloodContext,
  from: Peer,
  ack: Segment,
  legitimate: boolean,
): boolean {
  const check = checkCookie(run.secret, fourTuple(from), ack.ack, run.runtime.now);
  if (check.ok) {
    openFromCookie(run, from, ack, legitimate, check);
    return true;
  }
  run.runtime.log.notice(
    'server',
    floodWhy(check.problem === 'stale' ? 'syn-cookie-stale' : 'syn-cookie-bad-hash', {
      cookie: check.cookie,
    }),
  );
  return false;
}

/**
 * A valid cookie: rebuild the connection the cookie stands for. As Linux does, the listener
 * recreates the request from the cookie (the client's ISN is SEG.SEQ − 1, the MSS comes from
 * the cookie, no window scale, no SACK) and completes it with this ACK; the connection is
 * never seen in SYN-RECEIVED.
 */
function openFromCookie(
  run: FloodContext,
  from: Peer,
  ack: Segment,
  legitimate: boolean,
  check: Extract<CookieCheck, { ok: true }>,
): void {
  const { config } = run;
  const now = run.runtime.now;
  const conn = floodConnection(
    run,
    endpointConfig(config.rto, check.cookie, SERVER_PORT, from.port, config.synAckRetries),
    serverRole(from, legitimate),
  );
  // The request the cookie stands for is rebuilt silently: only the final ACK takes effect.
  conn.dispatch({ type: 'app.listen', t: now });
  if (legitimate) run.runtime.tcbs.follow('server', conn);
  conn.dispatch(
    arrivalAt(now, {
      srcPort: from.port,
      dstPort: SERVER_PORT,
      seq: seqAdd(ack.seq, -1),
      ack: seq(0),
      ctl: { ...NO_CONTROL, syn: true },
      len: 0,
      window: ack.window,
      options: { mss: check.mss },
    }),
  );
  run.held.hold(conn, from, legitimate, now);
  const valid = floodWhy('syn-cookie-valid', {
    cookie: check.cookie,
    counter: check.counter,
    mssIndex: check.mssIndex,
    mss: check.mss,
  });
  const outputs = conn
    .dispatch(arrivalAt(now, ack))
    .map((o): EndpointOutput => (o.type === 'out.state' ? { ...o, why: valid } : o));
  conn.apply(outputs);
}
