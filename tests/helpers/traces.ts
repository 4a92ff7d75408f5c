/**
 * Hand-written traces for the UI and layout tests, independent of the simulator: a correct
 * handshake, one data segment and a four-way close (client ISN 1000, server ISN 5000, 100 ms
 * each way), a lost SYN that is retransmitted after a 1 s RTO, and a simultaneous close.
 */
import type {
  AckBasis,
  EndpointId,
  SendEvent,
  TcpFlag,
  Trace,
  TraceEvent,
  Why,
} from '../../src/sim/index.ts';
import type { TcpStateName } from '../../src/layout/index.ts';

const PORTS: Record<EndpointId, number> = { client: 49152, server: 80 };
const ONE_WAY = 100;

interface SendSpec {
  t: number;
  id: number;
  from: EndpointId;
  flags: TcpFlag[];
  seq: number;
  ack: number | null;
  len?: number;
  basis?: AckBasis | null;
  lost?: boolean;
  retransmissionOf?: number;
  delay?: number;
  reason: string;
}

function send(s: SendSpec): SendEvent {
  const to: EndpointId = s.from === 'client' ? 'server' : 'client';
  const syn = s.flags.includes('SYN');
  return {
    type: 'send',
    t: s.t,
    id: s.id,
    from: s.from,
    to,
    srcPort: PORTS[s.from],
    dstPort: PORTS[to],
    flags: s.flags,
    seq: s.seq,
    ack: s.ack,
    len: s.len ?? 0,
    window: 65535,
    options: syn ? { mss: 1460, windowScale: 7, sackPermitted: true } : {},
    retransmission: s.retransmissionOf !== undefined,
    ...(s.retransmissionOf !== undefined ? { retransmissionOf: s.retransmissionOf } : {}),
    arrivesAt: s.t + ONE_WAY + (s.delay ?? 0),
    ...(s.lost === true ? { lost: true } : {}),
    ...(s.delay !== undefined ? { extraDelayMs: s.delay } : {}),
    ackBasis: s.basis ?? null,
    reason: `${s.reason} (RFC 9293 §3.10)`,
    why: unknownReason('RFC 9293 §3.10'),
  };
}

/**
 * A reason with a code no catalogue has: the hand-written traces carry their own sentences, and
 * the UI, meeting a code it does not know (from a newer core, say), shows the sentence as is.
 * Outside the vocabulary on purpose, hence the cast.
 */
function unknownReason(rfc: string): Why {
  return { code: 'test', rfc, params: {} } as unknown as Why;
}

function state(
  t: number,
  endpoint: EndpointId,
  from: TcpStateName,
  to: TcpStateName,
  reason: string,
): TraceEvent {
  return {
    type: 'state',
    t,
    endpoint,
    from,
    to,
    reason: `${reason} (RFC 9293 §3.10.7.4)`,
    why: unknownReason('RFC 9293 §3.10.7.4'),
  };
}

function basis(seq: number, len: number, syn: boolean, fin: boolean): AckBasis {
  return { seq, len, syn, fin, ack: seq + len + (syn ? 1 : 0) + (fin ? 1 : 0) };
}

function trace(
  name: string,
  events: TraceEvent[],
  finals: Record<EndpointId, TcpStateName>,
): Trace {
  return {
    source: { kind: 'scenario', name, seed: 1 },
    endpoints: {
      client: {
        port: PORTS.client,
        initialState: 'CLOSED',
        finalState: finals.client,
        isn: 1000,
        isnSource: 'scenario',
      },
      server: {
        port: PORTS.server,
        initialState: 'LISTEN',
        finalState: finals.server,
        isn: 5000,
        isnSource: 'scenario',
      },
    },
    events,
    notes: [],
  };
}

/** Handshake, 100 bytes of data, four-way close, and TIME-WAIT's 2 MSL (4 min). */
export function handshakeDataClose(): Trace {
  return trace(
    'fixture-handshake',
    [
      { type: 'call', t: 0, endpoint: 'client', call: 'connect', error: null },
      send({
        t: 0,
        id: 1,
        from: 'client',
        flags: ['SYN'],
        seq: 1000,
        ack: null,
        reason: 'SYN: SEQ = ISS = 1000',
      }),
      {
        type: 'timer',
        t: 0,
        endpoint: 'client',
        timer: 'retransmit',
        action: 'start',
        expiresAt: 1000,
        durationMs: 1000,
      },
      state(0, 'client', 'CLOSED', 'SYN-SENT', 'connect() was called'),
      { type: 'deliver', t: 100, id: 1 },
      send({
        t: 100,
        id: 2,
        from: 'server',
        flags: ['SYN', 'ACK'],
        seq: 5000,
        ack: 1001,
        basis: basis(1000, 0, true, false),
        reason: 'SYN+ACK: ACK = 1000 + 1 = 1001',
      }),
      {
        type: 'timer',
        t: 100,
        endpoint: 'server',
        timer: 'retransmit',
        action: 'start',
        expiresAt: 1100,
        durationMs: 1000,
      },
      state(100, 'server', 'LISTEN', 'SYN-RECEIVED', 'A SYN arrived'),
      { type: 'deliver', t: 200, id: 2 },
      { type: 'timer', t: 200, endpoint: 'client', timer: 'retransmit', action: 'stop' },
      send({
        t: 200,
        id: 3,
        from: 'client',
        flags: ['ACK'],
        seq: 1001,
        ack: 5001,
        basis: basis(5000, 0, true, false),
        reason: 'ACK = 5000 + 1 = 5001',
      }),
      state(200, 'client', 'SYN-SENT', 'ESTABLISHED', 'SYN+ACK arrived'),
      { type: 'call', t: 200, endpoint: 'client', call: 'send', bytes: 100, error: null },
      send({
        t: 200,
        id: 4,
        from: 'client',
        flags: ['PSH', 'ACK'],
        seq: 1001,
        ack: 5001,
        len: 100,
        basis: basis(5000, 0, true, false),
        reason: 'Data: SEQ = 1001, LEN = 100',
      }),
      {
        type: 'timer',
        t: 200,
        endpoint: 'client',
        timer: 'retransmit',
        action: 'start',
        expiresAt: 1200,
        durationMs: 1000,
      },
      { type: 'deliver', t: 300, id: 3 },
      { type: 'timer', t: 300, endpoint: 'server', timer: 'retransmit', action: 'stop' },
      state(300, 'server', 'SYN-RECEIVED', 'ESTABLISHED', 'The ACK of our SYN arrived'),
      { type: 'deliver', t: 300, id: 4 },
      send({
        t: 300,
        id: 5,
        from: 'server',
        flags: ['ACK'],
        seq: 5001,
        ack: 1101,
        basis: basis(1001, 100, false, false),
        reason: 'ACK = 1001 + 100 = 1101',
      }),
      { type: 'deliver', t: 400, id: 5 },
      { type: 'timer', t: 400, endpoint: 'client', timer: 'retransmit', action: 'stop' },
      { type: 'call', t: 500, endpoint: 'client', call: 'close', error: null },
      send({
        t: 500,
        id: 6,
        from: 'client',
        flags: ['FIN', 'ACK'],
        seq: 1101,
        ack: 5001,
        basis: basis(5000, 0, true, false),
        reason: 'FIN+ACK: SEQ = 1101',
      }),
      {
        type: 'timer',
        t: 500,
        endpoint: 'client',
        timer: 'retransmit',
        action: 'start',
        expiresAt: 1500,
        durationMs: 1000,
      },
      state(500, 'client', 'ESTABLISHED', 'FIN-WAIT-1', 'close() was called'),
      { type: 'deliver', t: 600, id: 6 },
      send({
        t: 600,
        id: 7,
        from: 'server',
        flags: ['ACK'],
        seq: 5001,
        ack: 1102,
        basis: basis(1101, 0, false, true),
        reason: 'ACK = 1101 + 1 = 1102',
      }),
      state(600, 'server', 'ESTABLISHED', 'CLOSE-WAIT', 'The peer’s FIN arrived'),
      { type: 'deliver', t: 700, id: 7 },
      { type: 'timer', t: 700, endpoint: 'client', timer: 'retransmit', action: 'stop' },
      state(700, 'client', 'FIN-WAIT-1', 'FIN-WAIT-2', 'Our FIN is acknowledged'),
      { type: 'call', t: 800, endpoint: 'server', call: 'close', error: null },
      send({
        t: 800,
        id: 8,
        from: 'server',
        flags: ['FIN', 'ACK'],
        seq: 5001,
        ack: 1102,
        basis: basis(1101, 0, false, true),
        reason: 'FIN+ACK: SEQ = 5001',
      }),
      {
        type: 'timer',
        t: 800,
        endpoint: 'server',
        timer: 'retransmit',
        action: 'start',
        expiresAt: 1800,
        durationMs: 1000,
      },
      state(800, 'server', 'CLOSE-WAIT', 'LAST-ACK', 'close() in CLOSE-WAIT'),
      { type: 'deliver', t: 900, id: 8 },
      send({
        t: 900,
        id: 9,
        from: 'client',
        flags: ['ACK'],
        seq: 1102,
        ack: 5002,
        basis: basis(5001, 0, false, true),
        reason: 'ACK = 5001 + 1 = 5002',
      }),
      {
        type: 'timer',
        t: 900,
        endpoint: 'client',
        timer: 'time-wait',
        action: 'start',
        expiresAt: 240_900,
        durationMs: 240_000,
      },
      state(900, 'client', 'FIN-WAIT-2', 'TIME-WAIT', 'The peer’s FIN arrived'),
      { type: 'deliver', t: 1000, id: 9 },
      { type: 'timer', t: 1000, endpoint: 'server', timer: 'retransmit', action: 'stop' },
      state(1000, 'server', 'LAST-ACK', 'CLOSED', 'Our FIN is acknowledged'),
      { type: 'timer', t: 240_900, endpoint: 'client', timer: 'time-wait', action: 'expire' },
      state(240_900, 'client', 'TIME-WAIT', 'CLOSED', '2 MSL passed'),
    ],
    { client: 'CLOSED', server: 'CLOSED' },
  );
}

/** The client's SYN is lost; after a 1 s RTO it is sent again and the handshake completes. */
export function lostSyn(): Trace {
  return trace(
    'fixture-lost-syn',
    [
      { type: 'call', t: 0, endpoint: 'client', call: 'connect', error: null },
      send({
        t: 0,
        id: 1,
        from: 'client',
        flags: ['SYN'],
        seq: 1000,
        ack: null,
        lost: true,
        reason: 'SYN: SEQ = ISS = 1000',
      }),
      {
        type: 'timer',
        t: 0,
        endpoint: 'client',
        timer: 'retransmit',
        action: 'start',
        expiresAt: 1000,
        durationMs: 1000,
      },
      state(0, 'client', 'CLOSED', 'SYN-SENT', 'connect() was called'),
      { type: 'drop', t: 50, id: 1 },
      { type: 'timer', t: 1000, endpoint: 'client', timer: 'retransmit', action: 'expire' },
      send({
        t: 1000,
        id: 2,
        from: 'client',
        flags: ['SYN'],
        seq: 1000,
        ack: null,
        retransmissionOf: 1,
        reason: 'Retransmission timer expired after 1000 ms',
      }),
      {
        type: 'timer',
        t: 1000,
        endpoint: 'client',
        timer: 'retransmit',
        action: 'start',
        expiresAt: 3000,
        durationMs: 2000,
      },
      { type: 'deliver', t: 1100, id: 2 },
      send({
        t: 1100,
        id: 3,
        from: 'server',
        flags: ['SYN', 'ACK'],
        seq: 5000,
        ack: 1001,
        basis: basis(1000, 0, true, false),
        reason: 'SYN+ACK: ACK = 1000 + 1 = 1001',
      }),
      state(1100, 'server', 'LISTEN', 'SYN-RECEIVED', 'A SYN arrived'),
      { type: 'deliver', t: 1200, id: 3 },
      { type: 'timer', t: 1200, endpoint: 'client', timer: 'retransmit', action: 'stop' },
      send({
        t: 1200,
        id: 4,
        from: 'client',
        flags: ['ACK'],
        seq: 1001,
        ack: 5001,
        basis: basis(5000, 0, true, false),
        reason: 'ACK = 5000 + 1 = 5001',
      }),
      state(1200, 'client', 'SYN-SENT', 'ESTABLISHED', 'SYN+ACK arrived'),
      { type: 'deliver', t: 1300, id: 4 },
      state(1300, 'server', 'SYN-RECEIVED', 'ESTABLISHED', 'The ACK of our SYN arrived'),
    ],
    { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  );
}

/** Both sides established; both call close() at t = 0: the FINs cross. */
export function simultaneousClose(): Trace {
  const t: Trace = trace(
    'fixture-simultaneous-close',
    [
      { type: 'call', t: 0, endpoint: 'client', call: 'close', error: null },
      send({
        t: 0,
        id: 1,
        from: 'client',
        flags: ['FIN', 'ACK'],
        seq: 1001,
        ack: 5001,
        reason: 'FIN+ACK: SEQ = 1001',
      }),
      state(0, 'client', 'ESTABLISHED', 'FIN-WAIT-1', 'close() was called'),
      { type: 'call', t: 0, endpoint: 'server', call: 'close', error: null },
      send({
        t: 0,
        id: 2,
        from: 'server',
        flags: ['FIN', 'ACK'],
        seq: 5001,
        ack: 1001,
        reason: 'FIN+ACK: SEQ = 5001',
      }),
      state(0, 'server', 'ESTABLISHED', 'FIN-WAIT-1', 'close() was called'),
      { type: 'deliver', t: 100, id: 1 },
      send({
        t: 100,
        id: 3,
        from: 'server',
        flags: ['ACK'],
        seq: 5002,
        ack: 1002,
        basis: basis(1001, 0, false, true),
        reason: 'ACK = 1001 + 1 = 1002',
      }),
      state(100, 'server', 'FIN-WAIT-1', 'CLOSING', 'The peer’s FIN arrived'),
      { type: 'deliver', t: 100, id: 2 },
      send({
        t: 100,
        id: 4,
        from: 'client',
        flags: ['ACK'],
        seq: 1002,
        ack: 5002,
        basis: basis(5001, 0, false, true),
        reason: 'ACK = 5001 + 1 = 5002',
      }),
      state(100, 'client', 'FIN-WAIT-1', 'CLOSING', 'The peer’s FIN arrived'),
      { type: 'deliver', t: 200, id: 3 },
      state(200, 'client', 'CLOSING', 'TIME-WAIT', 'Our FIN is acknowledged'),
      { type: 'deliver', t: 200, id: 4 },
      state(200, 'server', 'CLOSING', 'TIME-WAIT', 'Our FIN is acknowledged'),
    ],
    { client: 'TIME-WAIT', server: 'TIME-WAIT' },
  );
  t.endpoints.client.initialState = 'ESTABLISHED';
  t.endpoints.server.initialState = 'ESTABLISHED';
  return t;
}
