/**
 * Every transition of the endpoint machine, one row each, reached with the endpoint driver.
 *
 * A row names a transition by its key (source, event, guard, target; see
 * tests/helpers/machine-transitions.ts) and drives a fresh endpoint until the machine takes it.
 * A meta test reads the machine config and fails when a transition has no row, so a transition
 * added later without a test fails the suite.
 *
 * Numbers: our ISS is 5000, the peer's ISN 1000; windows 65535. After the handshake
 * SND.NXT = 5001 and RCV.NXT = 1001; our FIN takes 5001, the peer's 1001.
 */
import { tcpEndpointMachine } from '../../src/sim/endpoint-machine.ts';
import { TCP_STATES, type TcpStateName } from '../../src/sim/tcp-state.ts';
import { endpoint, type EndpointDriver } from '../helpers/endpoint-driver.ts';
import { machineTransitions } from '../helpers/machine-transitions.ts';
import { CAUSE_OF_REASON } from '../helpers/transition-causes.ts';
import { ENDPOINT_EDGES, machineEdges, transitionTaken } from '../../src/layout/index.ts';

const PEER = 1000;
const ISS = 5000;
/** Beyond any 65535-byte window from RCV.NXT. */
const FAR = 70000;

/** The key of a transition, as machine-transitions.ts writes it. */
function key(source: TcpStateName, event: string, guard: string, target: TcpStateName | null) {
  return `${source} --${event} [${guard}]--> ${target ?? '(stays)'}`;
}

interface Row {
  key: string;
  /** Drives a fresh endpoint; the last step must take the row's transition. */
  run: () => EndpointDriver;
}

// ---- reaching each state ----------------------------------------------------------------------

const synReceivedPassive = (d = endpoint()) =>
  d
    .listen()
    .receive({ flags: ['SYN'], seq: PEER })
    .expectState('SYN-RECEIVED');
const established = (d = endpoint()) => d.handshakeAsServer(PEER);
const finWait1 = (d = endpoint()) => established(d).close().expectState('FIN-WAIT-1');
const finWait2 = (d = endpoint()) =>
  finWait1(d)
    .receive({ flags: ['ACK'], seq: PEER + 1, ack: ISS + 2 })
    .expectState('FIN-WAIT-2');
const closeWait = (d = endpoint()) =>
  established(d)
    .receive({ flags: ['FIN', 'ACK'], seq: PEER + 1, ack: ISS + 1 })
    .expectState('CLOSE-WAIT');
const closing = (d = endpoint()) =>
  finWait1(d)
    .receive({ flags: ['FIN', 'ACK'], seq: PEER + 1, ack: ISS + 1 })
    .expectState('CLOSING');
const lastAck = (d = endpoint()) => closeWait(d).close().expectState('LAST-ACK');
const timeWait = (d = endpoint()) =>
  finWait2(d)
    .receive({ flags: ['FIN', 'ACK'], seq: PEER + 1, ack: ISS + 2 })
    .expectState('TIME-WAIT');

/** The synchronized states, how to reach them, and RCV.NXT / SND.NXT there. */
const SYNCHRONIZED: {
  state: TcpStateName;
  reach: (d?: EndpointDriver) => EndpointDriver;
  rcvNxt: number;
  sndNxt: number;
}[] = [
  { state: 'ESTABLISHED', reach: established, rcvNxt: PEER + 1, sndNxt: ISS + 1 },
  { state: 'FIN-WAIT-1', reach: finWait1, rcvNxt: PEER + 1, sndNxt: ISS + 2 },
  { state: 'FIN-WAIT-2', reach: finWait2, rcvNxt: PEER + 1, sndNxt: ISS + 2 },
  { state: 'CLOSE-WAIT', reach: closeWait, rcvNxt: PEER + 2, sndNxt: ISS + 1 },
  { state: 'CLOSING', reach: closing, rcvNxt: PEER + 2, sndNxt: ISS + 2 },
  { state: 'LAST-ACK', reach: lastAck, rcvNxt: PEER + 2, sndNxt: ISS + 2 },
  { state: 'TIME-WAIT', reach: timeWait, rcvNxt: PEER + 2, sndNxt: ISS + 2 },
];

/**
 * RFC 9293 §3.10.7.4 checks one to five as every synchronized state runs them, with RFC 5961's
 * hardening. The ACK they send is always <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>.
 */
function preludeRows(s: (typeof SYNCHRONIZED)[number]): Row[] {
  const ack = { flags: ['ACK'] as const, seq: s.sndNxt, ack: s.rcvNxt };
  return [
    {
      // §3.10.7.4 first: an unacceptable RST is dropped, nothing sent.
      key: key(s.state, 'segment.arrived', 'isUnacceptableRst', null),
      run: () =>
        s
          .reach()
          .receive({ flags: ['RST'], seq: s.rcvNxt + FAR })
          .expectState(s.state)
          .expectNothingSent(),
    },
    {
      // §3.10.7.4 first: an unacceptable segment gets an ACK and is dropped.
      key: key(s.state, 'segment.arrived', 'isUnacceptable', null),
      run: () =>
        s
          .reach()
          .receive({ flags: ['ACK'], seq: s.rcvNxt + FAR, ack: s.sndNxt })
          .expectState(s.state)
          .expectSent(ack),
    },
    {
      // RFC 5961 §3.2: RST with SEQ = RCV.NXT exactly resets.
      key: key(s.state, 'segment.arrived', 'isExactRst', 'CLOSED'),
      run: () =>
        s
          .reach()
          .receive({ flags: ['RST'], seq: s.rcvNxt })
          .expectState('CLOSED')
          .expectNothingSent(),
    },
    {
      // RFC 5961 §3.2: an in-window RST that is not exact gets a challenge ACK.
      key: key(s.state, 'segment.arrived', 'isRst', null),
      run: () =>
        s
          .reach()
          .receive({ flags: ['RST'], seq: s.rcvNxt + 1 })
          .expectState(s.state)
          .expectSent(ack),
    },
    {
      // RFC 9293 §3.10.7.4 fourth, RFC 5961 §4.2: SYN in a synchronized state, challenge ACK.
      // TIME-WAIT takes a bare SYN first (it may reopen, rows below); a SYN+ACK reaches here.
      key: key(s.state, 'segment.arrived', 'isSyn', null),
      run: () =>
        s
          .reach()
          .receive(
            s.state === 'TIME-WAIT'
              ? { flags: ['SYN', 'ACK'], seq: s.rcvNxt + 1, ack: s.sndNxt }
              : { flags: ['SYN'], seq: s.rcvNxt },
          )
          .expectState(s.state)
          .expectSent(ack),
    },
    {
      // §3.10.7.4 fifth: "if the ACK bit is off, drop the segment and return".
      key: key(s.state, 'segment.arrived', 'lacksAck', null),
      run: () =>
        s.reach().receive({ flags: [], seq: s.rcvNxt }).expectState(s.state).expectNothingSent(),
    },
    {
      // §3.10.7.4 fifth: SEG.ACK > SND.NXT, "send an ACK, drop the segment, and return".
      key: key(s.state, 'segment.arrived', 'acksUnsentOrTooOld', null),
      run: () =>
        s
          .reach()
          .receive({ flags: ['ACK'], seq: s.rcvNxt, ack: s.sndNxt + 100 })
          .expectState(s.state)
          .expectSent(ack),
    },
  ];
}

/** Gives up after one retransmission: fire, fire. */
const oneRetry = { maxRetransmissions: 1 };

const ROWS: Row[] = [
  // ---- CLOSED ----
  {
    key: key('CLOSED', 'app.listen', 'else', 'LISTEN'),
    run: () => endpoint().listen().expectState('LISTEN').expectNothingSent(),
  },
  {
    key: key('CLOSED', 'app.connect', 'else', 'SYN-SENT'),
    run: () =>
      endpoint()
        .connect()
        .expectState('SYN-SENT')
        .expectSent({ flags: ['SYN'], seq: ISS, ack: null }),
  },
  {
    // §3.10.7.1: no ACK, so <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>; the SYN counts one.
    key: key('CLOSED', 'segment.arrived', 'else', null),
    run: () =>
      endpoint()
        .receive({ flags: ['SYN'], seq: PEER })
        .expectState('CLOSED')
        .expectSent({ flags: ['RST', 'ACK'], seq: 0, ack: PEER + 1 }),
  },
  // ---- LISTEN ----
  {
    key: key('LISTEN', 'app.connect', 'else', 'SYN-SENT'),
    run: () =>
      endpoint()
        .listen()
        .connect()
        .expectState('SYN-SENT')
        .expectSent({ flags: ['SYN'], seq: ISS }),
  },
  {
    key: key('LISTEN', 'app.close', 'else', 'CLOSED'),
    run: () => endpoint().listen().close().expectState('CLOSED').expectNothingSent(),
  },
  {
    key: key('LISTEN', 'app.abort', 'else', 'CLOSED'),
    run: () => endpoint().listen().abort().expectState('CLOSED').expectNothingSent(),
  },
  {
    // §3.10.7.2 first: "An incoming RST segment could not be valid ... ignore it".
    key: key('LISTEN', 'segment.arrived', 'isRst', null),
    run: () =>
      endpoint()
        .listen()
        .receive({ flags: ['RST'], seq: PEER })
        .expectState('LISTEN')
        .expectNothingSent(),
  },
  {
    // §3.10.7.2 second: any ACK in LISTEN is bad: <SEQ=SEG.ACK><CTL=RST>.
    key: key('LISTEN', 'segment.arrived', 'hasAck', null),
    run: () =>
      endpoint()
        .listen()
        .receive({ flags: ['ACK'], seq: PEER, ack: 777 })
        .expectState('LISTEN')
        .expectSent({ flags: ['RST'], seq: 777, ack: null }),
  },
  {
    key: key('LISTEN', 'segment.arrived', 'isSyn', 'SYN-RECEIVED'),
    run: () =>
      endpoint()
        .listen()
        .receive({ flags: ['SYN'], seq: PEER })
        .expectState('SYN-RECEIVED')
        .expectSent({ flags: ['SYN', 'ACK'], seq: ISS, ack: PEER + 1 }),
  },
  {
    // §3.10.7.2 fourth: other text or control, drop.
    key: key('LISTEN', 'segment.arrived', 'else', null),
    run: () =>
      endpoint()
        .listen()
        .receive({ flags: ['FIN'], seq: PEER })
        .expectState('LISTEN')
        .expectNothingSent(),
  },
  // ---- SYN-SENT ----
  {
    key: key('SYN-SENT', 'app.send', 'else', null),
    run: () => endpoint().connect().send(100).expectState('SYN-SENT').expectNothingSent(),
  },
  {
    key: key('SYN-SENT', 'app.close', 'else', 'CLOSED'),
    run: () => endpoint().connect().close().expectState('CLOSED').expectNothingSent(),
  },
  {
    key: key('SYN-SENT', 'app.abort', 'else', 'CLOSED'),
    run: () => endpoint().connect().abort().expectState('CLOSED').expectNothingSent(),
  },
  {
    // §3.10.7.3 first: SEG.ACK =< ISS, <SEQ=SEG.ACK><CTL=RST>.
    key: key('SYN-SENT', 'segment.arrived', 'isBadAckInSynSent', null),
    run: () =>
      endpoint()
        .connect()
        .receive({ flags: ['ACK'], seq: PEER, ack: ISS })
        .expectState('SYN-SENT')
        .expectSent({ flags: ['RST'], seq: ISS, ack: null }),
  },
  {
    // §3.10.7.3 second: RST without ACK, drop.
    key: key('SYN-SENT', 'segment.arrived', 'isStrayRstInSynSent', null),
    run: () =>
      endpoint()
        .connect()
        .receive({ flags: ['RST'], seq: PEER })
        .expectState('SYN-SENT')
        .expectNothingSent(),
  },
  {
    key: key('SYN-SENT', 'segment.arrived', 'isRefusal', 'CLOSED'),
    run: () =>
      endpoint()
        .connect()
        .receive({ flags: ['RST', 'ACK'], seq: 0, ack: ISS + 1 })
        .expectState('CLOSED')
        .expectNothingSent(),
  },
  {
    key: key('SYN-SENT', 'segment.arrived', 'isSynAckOfOurSyn', 'ESTABLISHED'),
    run: () =>
      endpoint()
        .connect()
        .receive({ flags: ['SYN', 'ACK'], seq: PEER, ack: ISS + 1 })
        .expectState('ESTABLISHED')
        .expectSent({ flags: ['ACK'], seq: ISS + 1, ack: PEER + 1 }),
  },
  {
    // §3.10.7.3 fourth: SYN without ACK, <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>.
    key: key('SYN-SENT', 'segment.arrived', 'isBareSyn', 'SYN-RECEIVED'),
    run: () =>
      endpoint()
        .connect()
        .receive({ flags: ['SYN'], seq: PEER })
        .expectState('SYN-RECEIVED')
        .expectSent({ flags: ['SYN', 'ACK'], seq: ISS, ack: PEER + 1 }),
  },
  {
    // §3.10.7.3 fifth: neither SYN nor RST, drop.
    key: key('SYN-SENT', 'segment.arrived', 'else', null),
    run: () =>
      endpoint()
        .connect()
        .receive({ flags: ['ACK'], seq: PEER, ack: ISS + 1 })
        .expectState('SYN-SENT')
        .expectNothingSent(),
  },
  {
    key: key('SYN-SENT', 'timer.retransmit', 'retriesExhausted', 'CLOSED'),
    run: () =>
      endpoint(oneRetry)
        .connect()
        .fireRetransmit()
        .fireRetransmit()
        .expectState('CLOSED')
        .expectNotice('notice-timed-out'),
  },
  {
    key: key('SYN-SENT', 'timer.retransmit', 'else', null),
    run: () =>
      endpoint()
        .connect()
        .fireRetransmit()
        .expectSent({ flags: ['SYN'], seq: ISS, ack: null, retransmission: true }),
  },
  // ---- SYN-RECEIVED ----
  {
    key: key('SYN-RECEIVED', 'app.send', 'else', null),
    run: () => synReceivedPassive().send(100).expectState('SYN-RECEIVED').expectNothingSent(),
  },
  {
    // §3.10.4: data queued, "queue for processing after entering ESTABLISHED state".
    key: key('SYN-RECEIVED', 'app.close', 'hasQueuedData', null),
    run: () =>
      synReceivedPassive().send(100).close().expectState('SYN-RECEIVED').expectNothingSent(),
  },
  {
    key: key('SYN-RECEIVED', 'app.close', 'else', 'FIN-WAIT-1'),
    run: () =>
      synReceivedPassive()
        .close()
        .expectState('FIN-WAIT-1')
        .expectSent({ flags: ['FIN', 'ACK'], seq: ISS + 1, ack: PEER + 1 }),
  },
  {
    key: key('SYN-RECEIVED', 'app.abort', 'else', 'CLOSED'),
    run: () =>
      synReceivedPassive()
        .abort()
        .expectState('CLOSED')
        .expectSent({ flags: ['RST'], seq: ISS + 1, ack: null }),
  },
  {
    // Linux behaviour, documented in the README: the SYN+ACK is resent.
    key: key('SYN-RECEIVED', 'segment.arrived', 'isDuplicateSyn', null),
    run: () =>
      synReceivedPassive()
        .receive({ flags: ['SYN'], seq: PEER })
        .expectState('SYN-RECEIVED')
        .expectSent({ flags: ['SYN', 'ACK'], seq: ISS, ack: PEER + 1 }),
  },
  {
    // RFC 9293 Figure 8, line 6.
    key: key('SYN-RECEIVED', 'segment.arrived', 'isSimultaneousSynAck', 'ESTABLISHED'),
    run: () =>
      endpoint()
        .simultaneousOpen(PEER)
        .receive({ flags: ['SYN', 'ACK'], seq: PEER, ack: ISS + 1 })
        .expectState('ESTABLISHED'),
  },
  {
    key: key('SYN-RECEIVED', 'segment.arrived', 'isUnacceptableRst', null),
    run: () =>
      synReceivedPassive()
        .receive({ flags: ['RST'], seq: PEER + 1 + FAR })
        .expectState('SYN-RECEIVED')
        .expectNothingSent(),
  },
  {
    key: key('SYN-RECEIVED', 'segment.arrived', 'isUnacceptable', null),
    run: () =>
      synReceivedPassive()
        .receive({ flags: ['ACK'], seq: PEER + 1 + FAR, ack: ISS + 1 })
        .expectState('SYN-RECEIVED')
        .expectSent({ flags: ['ACK'], seq: ISS + 1, ack: PEER + 1 }),
  },
  {
    // §3.10.7.4 second, SYN-RECEIVED: passive OPEN, "return this connection to LISTEN".
    key: key('SYN-RECEIVED', 'segment.arrived', 'isExactRst & isPassiveOpen', 'LISTEN'),
    run: () =>
      synReceivedPassive()
        .receive({ flags: ['RST'], seq: PEER + 1 })
        .expectState('LISTEN')
        .expectNothingSent(),
  },
  {
    key: key('SYN-RECEIVED', 'segment.arrived', 'isExactRst', 'CLOSED'),
    run: () =>
      endpoint()
        .simultaneousOpen(PEER)
        .receive({ flags: ['RST'], seq: PEER + 1 })
        .expectState('CLOSED')
        .expectNothingSent(),
  },
  {
    key: key('SYN-RECEIVED', 'segment.arrived', 'isRst', null),
    run: () =>
      synReceivedPassive()
        .receive({ flags: ['RST'], seq: PEER + 2 })
        .expectState('SYN-RECEIVED')
        .expectSent({ flags: ['ACK'], seq: ISS + 1, ack: PEER + 1 }),
  },
  {
    // §3.10.7.4 fourth, SYN-RECEIVED: passive OPEN, "return this connection to the LISTEN state".
    key: key('SYN-RECEIVED', 'segment.arrived', 'isSyn & isPassiveOpen', 'LISTEN'),
    run: () =>
      synReceivedPassive()
        .receive({ flags: ['SYN'], seq: PEER + 5 })
        .expectState('LISTEN')
        .expectNothingSent(),
  },
  {
    key: key('SYN-RECEIVED', 'segment.arrived', 'isSyn', null),
    run: () =>
      endpoint()
        .simultaneousOpen(PEER)
        .receive({ flags: ['SYN'], seq: PEER + 5 })
        .expectState('SYN-RECEIVED')
        .expectSent({ flags: ['ACK'], seq: ISS + 1, ack: PEER + 1 }),
  },
  {
    key: key('SYN-RECEIVED', 'segment.arrived', 'lacksAck', null),
    run: () =>
      synReceivedPassive()
        .receive({ flags: [], seq: PEER + 1 })
        .expectState('SYN-RECEIVED')
        .expectNothingSent(),
  },
  {
    // §3.10.7.4 fifth, SYN-RECEIVED: unacceptable ACK, <SEQ=SEG.ACK><CTL=RST>.
    key: key('SYN-RECEIVED', 'segment.arrived', 'isUnacceptableAckInSynReceived', null),
    run: () =>
      synReceivedPassive()
        .receive({ flags: ['ACK'], seq: PEER + 1, ack: ISS })
        .expectState('SYN-RECEIVED')
        .expectSent({ flags: ['RST'], seq: ISS, ack: null }),
  },
  {
    key: key('SYN-RECEIVED', 'segment.arrived', 'acksOurSyn', 'ESTABLISHED'),
    run: () =>
      synReceivedPassive()
        .receive({ flags: ['ACK'], seq: PEER + 1, ack: ISS + 1 })
        .expectState('ESTABLISHED')
        .expectNothingSent(),
  },
  {
    key: key('SYN-RECEIVED', 'timer.retransmit', 'retriesExhausted & isPassiveOpen', 'LISTEN'),
    run: () =>
      synReceivedPassive(endpoint(oneRetry))
        .fireRetransmit()
        .fireRetransmit()
        .expectState('LISTEN')
        .expectNothingSent(),
  },
  {
    key: key('SYN-RECEIVED', 'timer.retransmit', 'retriesExhausted', 'CLOSED'),
    run: () =>
      endpoint(oneRetry)
        .simultaneousOpen(PEER)
        .fireRetransmit()
        .fireRetransmit()
        .expectState('CLOSED')
        .expectNotice('notice-timed-out'),
  },
  {
    key: key('SYN-RECEIVED', 'timer.retransmit', 'else', null),
    run: () =>
      synReceivedPassive()
        .fireRetransmit()
        .expectSent({ flags: ['SYN', 'ACK'], seq: ISS, ack: PEER + 1, retransmission: true }),
  },
  // ---- ESTABLISHED ----
  {
    key: key('ESTABLISHED', 'app.send', 'else', null),
    run: () =>
      established()
        .send(100)
        .expectSent({ flags: ['ACK'], seq: ISS + 1, ack: PEER + 1, len: 100 }),
  },
  {
    key: key('ESTABLISHED', 'app.close', 'else', 'FIN-WAIT-1'),
    run: () =>
      established()
        .close()
        .expectState('FIN-WAIT-1')
        .expectSent({ flags: ['FIN', 'ACK'], seq: ISS + 1, ack: PEER + 1 }),
  },
  {
    // §3.10.5: <SEQ=SND.NXT><CTL=RST>.
    key: key('ESTABLISHED', 'app.abort', 'else', 'CLOSED'),
    run: () =>
      established()
        .abort()
        .expectState('CLOSED')
        .expectSent({ flags: ['RST'], seq: ISS + 1, ack: null }),
  },
  {
    // The ACK that completes the handshake also carries the peer's FIN.
    key: key('ESTABLISHED', 'fin.reached', 'else', 'CLOSE-WAIT'),
    run: () =>
      synReceivedPassive()
        .receive({ flags: ['FIN', 'ACK'], seq: PEER + 1, ack: ISS + 1 })
        .expectState('CLOSE-WAIT')
        .expectSent({ flags: ['ACK'], seq: ISS + 1, ack: PEER + 2 }),
  },
  {
    key: key('ESTABLISHED', 'segment.arrived', 'reachesFin', 'CLOSE-WAIT'),
    run: () =>
      established()
        .receive({ flags: ['FIN', 'ACK'], seq: PEER + 1, ack: ISS + 1 })
        .expectState('CLOSE-WAIT')
        .expectSent({ flags: ['ACK'], seq: ISS + 1, ack: PEER + 2 }),
  },
  {
    key: key('ESTABLISHED', 'segment.arrived', 'else', null),
    run: () =>
      established()
        .receive({ flags: ['ACK'], seq: PEER + 1, ack: ISS + 1, len: 100 })
        .expectSent({ flags: ['ACK'], seq: ISS + 1, ack: PEER + 101 }),
  },
  {
    key: key('ESTABLISHED', 'timer.retransmit', 'retriesExhausted', 'CLOSED'),
    run: () =>
      established(endpoint(oneRetry))
        .send(100)
        .fireRetransmit()
        .fireRetransmit()
        .expectState('CLOSED')
        .expectNotice('notice-timed-out'),
  },
  {
    key: key('ESTABLISHED', 'timer.retransmit', 'hasUnacknowledged', null),
    run: () =>
      established()
        .send(100)
        .fireRetransmit()
        .expectSent({ flags: ['ACK'], seq: ISS + 1, len: 100, retransmission: true }),
  },
  // ---- FIN-WAIT-1 ----
  {
    key: key('FIN-WAIT-1', 'app.abort', 'else', 'CLOSED'),
    run: () =>
      finWait1()
        .abort()
        .expectState('CLOSED')
        .expectSent({ flags: ['RST'], seq: ISS + 2, ack: null }),
  },
  {
    key: key('FIN-WAIT-1', 'segment.arrived', 'acksOurFinAndReachesFin', 'TIME-WAIT'),
    run: () =>
      finWait1()
        .receive({ flags: ['FIN', 'ACK'], seq: PEER + 1, ack: ISS + 2 })
        .expectState('TIME-WAIT')
        .expectSent({ flags: ['ACK'], seq: ISS + 2, ack: PEER + 2 }),
  },
  {
    key: key('FIN-WAIT-1', 'segment.arrived', 'acksOurFin', 'FIN-WAIT-2'),
    run: () =>
      finWait1()
        .receive({ flags: ['ACK'], seq: PEER + 1, ack: ISS + 2 })
        .expectState('FIN-WAIT-2')
        .expectNothingSent(),
  },
  {
    key: key('FIN-WAIT-1', 'segment.arrived', 'reachesFin', 'CLOSING'),
    run: () =>
      finWait1()
        .receive({ flags: ['FIN', 'ACK'], seq: PEER + 1, ack: ISS + 1 })
        .expectState('CLOSING')
        .expectSent({ flags: ['ACK'], seq: ISS + 2, ack: PEER + 2 }),
  },
  {
    key: key('FIN-WAIT-1', 'segment.arrived', 'else', null),
    run: () =>
      finWait1()
        .receive({ flags: ['ACK'], seq: PEER + 1, ack: ISS + 1, len: 10 })
        .expectState('FIN-WAIT-1')
        .expectSent({ flags: ['ACK'], seq: ISS + 2, ack: PEER + 11 }),
  },
  {
    key: key('FIN-WAIT-1', 'timer.retransmit', 'retriesExhausted', 'CLOSED'),
    run: () =>
      finWait1(endpoint(oneRetry))
        .fireRetransmit()
        .fireRetransmit()
        .expectState('CLOSED')
        .expectNotice('notice-timed-out'),
  },
  {
    key: key('FIN-WAIT-1', 'timer.retransmit', 'hasUnacknowledged', null),
    run: () =>
      finWait1()
        .fireRetransmit()
        .expectSent({ flags: ['FIN', 'ACK'], seq: ISS + 1, ack: PEER + 1, retransmission: true }),
  },
  // ---- FIN-WAIT-2 ----
  {
    key: key('FIN-WAIT-2', 'app.abort', 'else', 'CLOSED'),
    run: () =>
      finWait2()
        .abort()
        .expectState('CLOSED')
        .expectSent({ flags: ['RST'], seq: ISS + 2, ack: null }),
  },
  {
    key: key('FIN-WAIT-2', 'segment.arrived', 'reachesFin', 'TIME-WAIT'),
    run: () =>
      finWait2()
        .receive({ flags: ['FIN', 'ACK'], seq: PEER + 1, ack: ISS + 2 })
        .expectState('TIME-WAIT')
        .expectSent({ flags: ['ACK'], seq: ISS + 2, ack: PEER + 2 }),
  },
  {
    // §3.10.7.4 seventh: FIN-WAIT-2 still accepts text.
    key: key('FIN-WAIT-2', 'segment.arrived', 'else', null),
    run: () =>
      finWait2()
        .receive({ flags: ['ACK'], seq: PEER + 1, ack: ISS + 2, len: 10 })
        .expectState('FIN-WAIT-2')
        .expectSent({ flags: ['ACK'], seq: ISS + 2, ack: PEER + 11 }),
  },
  // ---- CLOSE-WAIT ----
  {
    key: key('CLOSE-WAIT', 'app.send', 'else', null),
    run: () =>
      closeWait()
        .send(100)
        .expectSent({ flags: ['ACK'], seq: ISS + 1, ack: PEER + 2, len: 100 }),
  },
  {
    key: key('CLOSE-WAIT', 'app.close', 'else', 'LAST-ACK'),
    run: () =>
      closeWait()
        .close()
        .expectState('LAST-ACK')
        .expectSent({ flags: ['FIN', 'ACK'], seq: ISS + 1, ack: PEER + 2 }),
  },
  {
    key: key('CLOSE-WAIT', 'app.abort', 'else', 'CLOSED'),
    run: () =>
      closeWait()
        .abort()
        .expectState('CLOSED')
        .expectSent({ flags: ['RST'], seq: ISS + 1, ack: null }),
  },
  {
    key: key('CLOSE-WAIT', 'segment.arrived', 'else', null),
    run: () =>
      closeWait()
        .send(100)
        .receive({ flags: ['ACK'], seq: PEER + 2, ack: ISS + 101 })
        .expectState('CLOSE-WAIT')
        .expectNothingSent()
        .expectTimer('retransmit', 'stop'),
  },
  {
    key: key('CLOSE-WAIT', 'timer.retransmit', 'retriesExhausted', 'CLOSED'),
    run: () =>
      closeWait(endpoint(oneRetry))
        .send(100)
        .fireRetransmit()
        .fireRetransmit()
        .expectState('CLOSED')
        .expectNotice('notice-timed-out'),
  },
  {
    key: key('CLOSE-WAIT', 'timer.retransmit', 'hasUnacknowledged', null),
    run: () =>
      closeWait()
        .send(100)
        .fireRetransmit()
        .expectSent({ flags: ['ACK'], seq: ISS + 1, len: 100, retransmission: true }),
  },
  // ---- CLOSING ----
  {
    // §3.10.5: CLOSING, LAST-ACK, TIME-WAIT: "respond with ok and delete the TCB", no RST.
    key: key('CLOSING', 'app.abort', 'else', 'CLOSED'),
    run: () => closing().abort().expectState('CLOSED').expectNothingSent(),
  },
  {
    key: key('CLOSING', 'segment.arrived', 'acksOurFin', 'TIME-WAIT'),
    run: () =>
      closing()
        .receive({ flags: ['ACK'], seq: PEER + 2, ack: ISS + 2 })
        .expectState('TIME-WAIT')
        .expectNothingSent(),
  },
  {
    key: key('CLOSING', 'segment.arrived', 'else', null),
    run: () =>
      closing()
        .receive({ flags: ['ACK'], seq: PEER + 2, ack: ISS + 1 })
        .expectState('CLOSING')
        .expectNothingSent(),
  },
  {
    key: key('CLOSING', 'timer.retransmit', 'retriesExhausted', 'CLOSED'),
    run: () =>
      closing(endpoint(oneRetry))
        .fireRetransmit()
        .fireRetransmit()
        .expectState('CLOSED')
        .expectNotice('notice-timed-out'),
  },
  {
    key: key('CLOSING', 'timer.retransmit', 'hasUnacknowledged', null),
    run: () =>
      closing()
        .fireRetransmit()
        .expectSent({ flags: ['FIN', 'ACK'], seq: ISS + 1, ack: PEER + 2, retransmission: true }),
  },
  // ---- LAST-ACK ----
  {
    key: key('LAST-ACK', 'app.abort', 'else', 'CLOSED'),
    run: () => lastAck().abort().expectState('CLOSED').expectNothingSent(),
  },
  {
    key: key('LAST-ACK', 'segment.arrived', 'acksOurFin', 'CLOSED'),
    run: () =>
      lastAck()
        .receive({ flags: ['ACK'], seq: PEER + 2, ack: ISS + 2 })
        .expectState('CLOSED')
        .expectNothingSent(),
  },
  {
    key: key('LAST-ACK', 'segment.arrived', 'else', null),
    run: () =>
      lastAck()
        .receive({ flags: ['ACK'], seq: PEER + 2, ack: ISS + 1 })
        .expectState('LAST-ACK')
        .expectNothingSent(),
  },
  {
    key: key('LAST-ACK', 'timer.retransmit', 'retriesExhausted', 'CLOSED'),
    run: () =>
      lastAck(endpoint(oneRetry))
        .fireRetransmit()
        .fireRetransmit()
        .expectState('CLOSED')
        .expectNotice('notice-timed-out'),
  },
  {
    key: key('LAST-ACK', 'timer.retransmit', 'hasUnacknowledged', null),
    run: () =>
      lastAck()
        .fireRetransmit()
        .expectSent({ flags: ['FIN', 'ACK'], seq: ISS + 1, ack: PEER + 2, retransmission: true }),
  },
  {
    // Linux tcp_fin_timeout: an orphaned socket leaves FIN-WAIT-2 after 60 s, sending nothing.
    key: key('FIN-WAIT-2', 'timer.finWait2', 'else', 'CLOSED'),
    run: () => {
      const d = finWait2(endpoint({ profile: 'linux' }));
      const entered = d.now;
      return d
        .fireFinWait2()
        .expectState('CLOSED')
        .expectNothingSent()
        .tap((x) => {
          expect(x.now - entered).toBe(60_000);
        });
    },
  },
  // ---- TIME-WAIT ----
  {
    key: key('TIME-WAIT', 'app.abort', 'else', 'CLOSED'),
    run: () => timeWait().abort().expectState('CLOSED').expectNothingSent(),
  },
  {
    // §3.10.8: 2 MSL = 240 s after entering TIME-WAIT.
    key: key('TIME-WAIT', 'timer.timeWait', 'else', 'CLOSED'),
    run: () => {
      const d = timeWait();
      const entered = d.now;
      return d
        .fireTimeWait()
        .expectState('CLOSED')
        .tap((x) => {
          expect(x.now - entered).toBe(240_000);
        });
    },
  },
  {
    // §3.10.7.4 fifth and eighth, TIME-WAIT: acknowledge the FIN again, restart 2 MSL.
    key: key('TIME-WAIT', 'segment.arrived', 'isRetransmittedFin', null),
    run: () =>
      timeWait()
        .receive({ flags: ['FIN', 'ACK'], seq: PEER + 1, ack: ISS + 2 })
        .expectState('TIME-WAIT')
        .expectSent({ flags: ['ACK'], seq: ISS + 2, ack: PEER + 2 })
        .expectTimer('time-wait', 'start', 240_000),
  },
  {
    // RFC 9293 §3.6.1 MAY-2: a SYN newer than the old connection (SEG.SEQ after RCV.NXT)
    // reopens it directly, with an ISS above the old SND.NXT (Linux: SND.NXT + 65537).
    key: key('TIME-WAIT', 'segment.arrived', 'isSynAfterRcvNxt', 'SYN-RECEIVED'),
    run: () =>
      timeWait()
        .receive({ flags: ['SYN'], seq: PEER + 2 + 1 })
        .expectState('SYN-RECEIVED')
        .expectSent({ flags: ['SYN', 'ACK'], seq: ISS + 2 + 65537, ack: PEER + 4 })
        .expectTimer('time-wait', 'stop'),
  },
  {
    // RFC 9293 §3.10.7.4 first check (and RFC 5961 §4.2 at RCV.NXT): an older SYN gets an ACK
    // of the old connection and TIME-WAIT goes on.
    key: key('TIME-WAIT', 'segment.arrived', 'isSynNotAfterRcvNxt', null),
    run: () =>
      timeWait()
        .receive({ flags: ['SYN'], seq: PEER - 500 })
        .expectState('TIME-WAIT')
        .expectSent({ flags: ['ACK'], seq: ISS + 2, ack: PEER + 2 }),
  },
  {
    key: key('TIME-WAIT', 'segment.arrived', 'else', null),
    run: () =>
      timeWait()
        .receive({ flags: ['ACK'], seq: PEER + 2, ack: ISS + 2 })
        .expectState('TIME-WAIT')
        .expectNothingSent(),
  },
  ...SYNCHRONIZED.flatMap(preludeRows),
];

/**
 * Transitions no sequence of events can take, with the reason. Empty: FIN-WAIT-2 once had
 * retransmission-timer transitions, removed because entering FIN-WAIT-2 means our FIN (and all
 * before it) is acknowledged and the timer stopped (RFC 6298 §5.2).
 */
const UNREACHABLE: { key: string; why: string }[] = [];

describe('the transition table covers the machine config', () => {
  const config = machineTransitions();
  const rowKeys = new Set(ROWS.map((r) => r.key));
  const unreachable = new Set(UNREACHABLE.map((u) => u.key));

  it('has a row (or a stated reason it cannot be reached) for every transition', () => {
    const missing = config.map((t) => t.key).filter((k) => !rowKeys.has(k) && !unreachable.has(k));
    expect(missing).toEqual([]);
  });

  it('has no row for a transition the machine does not have, and no duplicate rows', () => {
    const known = new Set(config.map((t) => t.key));
    expect([...rowKeys, ...unreachable].filter((k) => !known.has(k))).toEqual([]);
    expect(ROWS.length).toBe(rowKeys.size);
  });

  it('reaches every transition but the stated unreachable ones (none today)', () => {
    expect(rowKeys.size).toBe(config.length - unreachable.size);
  });
});

describe('each transition, reached with the driver', () => {
  it.each(ROWS.map((r) => [r.key, r] as const))('%s', (k, row) => {
    const d = row.run();
    expect(d.lastTaken, `transitions taken by the last step of: ${k}`).toContain(k);
  });
});

describe('each state change lights the drawn transition of its cause', () => {
  const edges = machineEdges(tcpEndpointMachine);
  const changing = ROWS.flatMap((row) => {
    const t = machineTransitions().find((x) => x.key === row.key);
    return t !== undefined && t.target !== null && t.target !== t.source
      ? [[row.key, row, t] as const]
      : [];
  });

  it('covers every state-changing transition, hidden resets, aborts and time-outs included', () => {
    const inConfig = machineTransitions().filter(
      (t) => t.target !== null && t.target !== t.source && t.edge !== 'main',
    );
    const exceptional = changing.filter(([, , t]) => t.edge !== 'main');
    expect(exceptional.map(([k]) => k).sort()).toEqual(inConfig.map((t) => t.key).sort());
    expect(exceptional).toHaveLength(30);
  });

  it.each(changing)('%s', (_k, row, t) => {
    const entered = row.run().lastEntered.find((e) => e.to === t.target);
    expect(entered).toBeDefined();
    const code = entered?.code ?? '';
    const lit = transitionTaken(edges, t.source, t.target ?? t.source, code);
    if (t.linuxOnly) {
      // The diagram draws RFC 9293's machine: a Linux-only transition lights nothing in it.
      expect(transitionTaken(ENDPOINT_EDGES, t.source, t.target ?? t.source, code)).toBeNull();
    }
    expect(lit?.description).toBe(t.description);
    expect(lit?.cause).toBe(CAUSE_OF_REASON[code]);
  });
});

describe('the state diagram is drawn from the machine itself', () => {
  const transitions = machineTransitions();

  it('has the eleven states of RFC 9293 §3.3.2, spelled as the RFC spells them', () => {
    expect(Object.keys(tcpEndpointMachine.root.states).sort()).toEqual(
      [
        'CLOSED',
        'LISTEN',
        'SYN-SENT',
        'SYN-RECEIVED',
        'ESTABLISHED',
        'FIN-WAIT-1',
        'FIN-WAIT-2',
        'CLOSE-WAIT',
        'CLOSING',
        'LAST-ACK',
        'TIME-WAIT',
      ].sort(),
    );
    expect([...TCP_STATES].sort()).toEqual(Object.keys(tcpEndpointMachine.root.states).sort());
  });

  it('draws exactly RFC 9293 Figure 5 plus FIN-WAIT-1 -> TIME-WAIT as main edges', () => {
    const figure5 = [
      'CLOSED -> LISTEN', // passive OPEN
      'CLOSED -> SYN-SENT', // active OPEN / snd SYN
      'LISTEN -> SYN-RECEIVED', // rcv SYN / snd SYN,ACK
      'LISTEN -> SYN-SENT', // SEND / snd SYN
      'LISTEN -> CLOSED', // CLOSE / delete TCB
      'SYN-SENT -> SYN-RECEIVED', // rcv SYN / snd SYN,ACK
      'SYN-SENT -> ESTABLISHED', // rcv SYN,ACK / snd ACK
      'SYN-SENT -> CLOSED', // CLOSE / delete TCB
      'SYN-RECEIVED -> ESTABLISHED', // rcv ACK of SYN
      'SYN-RECEIVED -> FIN-WAIT-1', // CLOSE / snd FIN
      'ESTABLISHED -> FIN-WAIT-1', // CLOSE / snd FIN
      'ESTABLISHED -> CLOSE-WAIT', // rcv FIN / snd ACK
      'FIN-WAIT-1 -> FIN-WAIT-2', // rcv ACK of FIN
      'FIN-WAIT-1 -> CLOSING', // rcv FIN / snd ACK
      'FIN-WAIT-2 -> TIME-WAIT', // rcv FIN / snd ACK
      'CLOSING -> TIME-WAIT', // rcv ACK of FIN
      'TIME-WAIT -> CLOSED', // Timeout=2MSL / delete TCB
      'CLOSE-WAIT -> LAST-ACK', // CLOSE / snd FIN
      'LAST-ACK -> CLOSED', // rcv ACK of FIN
    ];
    // RFC 9293 §3.10.7.4 eighth, FIN-WAIT-1: "If our FIN has been ACKed (perhaps in this
    // segment), then enter TIME-WAIT".
    const extra = ['FIN-WAIT-1 -> TIME-WAIT'];
    const main = new Set(
      transitions
        .filter((t) => t.edge === 'main' && !t.rare && t.target !== null)
        .map((t) => `${t.source} -> ${t.target ?? ''}`),
    );
    expect([...main].sort()).toEqual([...figure5, ...extra].sort());
  });

  it('marks only TIME-WAIT reopened by a newer SYN (RFC 9293 §3.6.1) as rare', () => {
    expect(transitions.filter((t) => t.rare).map((t) => t.key)).toEqual([
      key('TIME-WAIT', 'segment.arrived', 'isSynAfterRcvNxt', 'SYN-RECEIVED'),
    ]);
  });

  it('names the two extra main transitions: FIN,ACK of our FIN and the simultaneous SYN,ACK', () => {
    const main = transitions.filter((t) => t.edge === 'main');
    expect(main).toContainEqual(
      expect.objectContaining({
        source: 'FIN-WAIT-1',
        target: 'TIME-WAIT',
        guard: 'acksOurFinAndReachesFin',
        description: 'rcv FIN,ACK of FIN / snd ACK',
      }),
    );
    // RFC 9293 Figure 8, line 6: the peer's SYN,ACK completes a simultaneous open.
    expect(main).toContainEqual(
      expect.objectContaining({
        source: 'SYN-RECEIVED',
        target: 'ESTABLISHED',
        guard: 'isSimultaneousSynAck',
        description: 'rcv SYN,ACK',
      }),
    );
  });

  it('gives every state-changing transition a description and an edge kind', () => {
    const bad = transitions.filter(
      (t) =>
        t.target !== null &&
        (t.description === undefined ||
          !['main', 'reset', 'abort', 'timeout'].includes(t.edge ?? '')),
    );
    expect(bad.map((t) => t.key)).toEqual([]);
  });

  it('gives no description or edge to a transition that stays', () => {
    const bad = transitions.filter((t) => t.target === null && t.edge !== undefined);
    expect(bad.map((t) => t.key)).toEqual([]);
  });
});
