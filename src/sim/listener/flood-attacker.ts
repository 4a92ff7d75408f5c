/** The attacker of a SYN-flood run (RFC 4987 §2): SYNs from forged addresses that never answer. */
import { NO_CONTROL, type Segment } from '../segment.ts';
import { seq } from '../seq.ts';
import type { FloodContext } from './flood-context.ts';
import { FLOOD_ADDRESSES, MSS, SERVER_PORT, WINDOW, type Peer } from './flood-hosts.ts';
import { floodWhy } from './flood-reasons.ts';
import { floodTransmit } from './flood-wire.ts';

/** Sends the attacker's n-th SYN, from a forged address of its own (cycling after 254). */
export function sendForgedSyn(run: FloodContext, n: number): void {
  const peer: Peer = {
    address: `${FLOOD_ADDRESSES.spoofedPrefix}${String((n % 254) + 1)}`,
    port: 1024 + (run.rng.nextU32() % 64_000),
  };
  const segment: Segment = {
    srcPort: peer.port,
    dstPort: SERVER_PORT,
    seq: seq(run.rng.nextU32()),
    ack: seq(0),
    ctl: { ...NO_CONTROL, syn: true },
    len: 0,
    window: WINDOW,
    options: { mss: MSS },
  };
  const why = floodWhy('flood-spoofed-syn', { address: peer.address, port: peer.port });
  const output = {
    type: 'out.segment',
    segment,
    retransmission: false,
    ackBasis: null,
    why,
  } as const;
  floodTransmit(run, 'client', peer, output, null);
}
