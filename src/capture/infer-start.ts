/**
 * How a captured conversation starts, for the machines that replay it: each side's
 * configuration from what its SYN said, and, when the capture begins after the handshake's
 * first segments, the state and TCB each side must already be in.
 */
import {
  seq,
  seqAdd,
  type EndpointConfig,
  type EndpointId,
  type RetransmissionEntry,
  type SendEvent,
  type ConnectionStart,
  type SeqNum,
  type TcpFlag,
  type Tcb,
  type Trace,
} from '../sim/index.ts';

/** The largest window RFC 7323 allows: captured segments are never refused for window size. */
const WIDE_WINDOW = 65535 * 2 ** 14;

const peerOf = (e: EndpointId): EndpointId => (e === 'client' ? 'server' : 'client');

/** The configuration a side's machine runs with, from what its first SYN said. */
export function configFor(trace: Trace, side: EndpointId, sends: SendEvent[]): EndpointConfig {
  const own = sends.find((e) => e.from === side && e.flags.includes('SYN'));
  return {
    isn: own?.seq ?? trace.endpoints[side].isn ?? 0,
    port: trace.endpoints[side].port,
    peerPort: trace.endpoints[peerOf(side)].port,
    mss: own?.options.mss ?? 65495,
    window: WIDE_WINDOW,
    windowScale: own?.options.windowScale ?? (own === undefined ? 14 : null),
    sackPermitted: own?.options.sackPermitted === true,
    rtoInitialMs: 1000,
    rtoMinMs: 1000,
    rtoMaxMs: 60_000,
    maxRetransmissions: 1_000_000,
    mslMs: 120_000,
  };
}

/** How much of the connection the capture shows from its start. */
export type Opening = 'full' | 'from-syn-ack' | 'mid-connection';

/** How much of the connection the captured segments show. */
export function openingOf(sends: SendEvent[]): Opening {
  const has = (e: SendEvent, f: TcpFlag) => e.flags.includes(f);
  if (sends.some((e) => has(e, 'SYN') && !has(e, 'ACK'))) return 'full';
  if (sends.some((e) => has(e, 'SYN') && has(e, 'ACK'))) return 'from-syn-ack';
  return 'mid-connection';
}

function synEntry(iss: SeqNum): RetransmissionEntry {
  return { seq: iss, len: 0, syn: true, fin: false, psh: false, sentAt: 0, retransmitted: false };
}

/** A fresh TCB that refuses nothing for size: the capture decides what was sent. */
function widened(fresh: Tcb): Tcb {
  return {
    ...fresh,
    sndWnd: WIDE_WINDOW,
    maxSndWnd: WIDE_WINDOW,
    peerMss: 65495,
    effectiveMss: 65495,
  };
}

/**
 * The state and TCB a side is in when the capture starts after its first segments: both
 * ESTABLISHED mid-connection, or SYN-SENT / SYN-RECEIVED when the capture begins at the
 * SYN+ACK. SND.NXT is the side's first sequence number; RCV.NXT what it first acknowledges.
 * Undefined when the capture shows the whole opening: the side starts CLOSED.
 */
export function startOf(
  side: EndpointId,
  sends: SendEvent[],
  opening: Opening,
): ConnectionStart | undefined {
  if (opening === 'full') return undefined;
  if (opening === 'from-syn-ack') {
    const synAck = sends.find((e) => e.flags.includes('SYN') && e.flags.includes('ACK'));
    const clientIss = seqAdd(seq(synAck?.ack ?? 0), -1);
    const serverIss = seq(synAck?.seq ?? 0);
    if (side === 'client') {
      return {
        state: 'SYN-SENT',
        tcb: (fresh) => ({
          ...widened(fresh),
          iss: clientIss,
          sndUna: clientIss,
          sndNxt: seqAdd(clientIss, 1),
          retransmissionQueue: [synEntry(clientIss)],
        }),
      };
    }
    return {
      state: 'SYN-RECEIVED',
      tcb: (fresh) => ({
        ...widened(fresh),
        passiveOpen: true,
        synReceived: true,
        iss: serverIss,
        sndUna: serverIss,
        sndNxt: seqAdd(serverIss, 1),
        irs: clientIss,
        rcvNxt: seqAdd(clientIss, 1),
        retransmissionQueue: [synEntry(serverIss)],
      }),
    };
  }
  const own = sends.find((e) => e.from === side);
  const peer = sends.find((e) => e.from !== side);
  const sndNxt = seq(own?.seq ?? 0);
  const rcvNxt = seq(own?.ack ?? peer?.seq ?? 0);
  return {
    state: 'ESTABLISHED',
    tcb: (fresh) => ({
      ...widened(fresh),
      iss: seqAdd(sndNxt, -1),
      irs: seqAdd(rcvNxt, -1),
      sndUna: sndNxt,
      sndNxt,
      rcvNxt,
      synReceived: true,
    }),
  };
}
