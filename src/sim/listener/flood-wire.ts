/**
 * The network of a SYN-flood run, on the runtime's wire. Everything the client side sends
 * reaches the server; what the server sends reaches the legitimate client, or is lost halfway to
 * a forged address, where no host will ever answer.
 */
import type { Connection, FlightPolicy, SegmentOutput } from '../runtime/index.ts';
import type { EndpointId } from '../trace.ts';
import type { FloodContext, FloodRoute } from './flood-context.ts';
import { CLIENT_PEER, FLOOD_ADDRESSES, SERVER_PEER, keyOf, type Peer } from './flood-hosts.ts';

const other = (side: EndpointId): EndpointId => (side === 'client' ? 'server' : 'client');

/** One fixed one-way delay; the server's segments to forged addresses are lost. */
export function floodFlight(oneWayDelayMs: number): FlightPolicy<FloodRoute> {
  return (tx) => ({
    delayMs: oneWayDelayMs,
    extraDelayMs: 0,
    lost: tx.from === 'server' && tx.spoofedAddress !== undefined,
    copiesAfterMs: [],
  });
}

/**
 * Puts a segment on the wire from `side`, to or from `peer`; `sender` is the connection that
 * sent it (so a retransmission points at its first send), or null.
 */
export function floodTransmit(
  run: FloodContext,
  side: EndpointId,
  peer: Peer,
  output: SegmentOutput,
  sender: Connection | null,
): void {
  const spoofed = keyOf(peer) !== keyOf(CLIENT_PEER) && peer.address !== FLOOD_ADDRESSES.server;
  const from = side === 'server' ? SERVER_PEER : spoofed ? peer : CLIENT_PEER;
  run.runtime.wire.transmit({
    from: side,
    to: other(side),
    output,
    sender,
    route: { to: other(side), from },
    ...(spoofed ? { spoofedAddress: peer.address } : {}),
  });
}
